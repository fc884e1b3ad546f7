import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/lib/directory';
import { groupByFirstNeed, guideOrganisations, guideSections, guideServices, reviewedRange } from '../../src/lib/guide';
import { emailText, parseIds, shareUrl, smsCount, smsText, toGsm, type ListItem } from '../../src/lib/ma-liste';
import { listData } from '../../src/lib/ma-liste-data';
import { organismeSchema } from '../../src/schemas/organisme';
import { fixtureDirectory, fixtureInput } from '../support/directory-fixture';

const words = { heading: 'Ma liste (TLPJ) :', noPhone: 'tél. à confirmer', details: 'Détails :' };

const item = (organisme: string, service: string, phone?: string): ListItem => ({
  organisme,
  fiche: '/organismes/x/',
  service,
  telephones: phone ? [{ texte: phone, tel: 'tel:+14185550101' }] : [],
  adresses: [],
  heures: [],
  aConfirmer: [],
  dates: 'Sources publiques consultées le 29 novembre 2026 ; pas encore confirmée par l’organisme.',
});

describe('list ids in addresses', () => {
  it('keeps well-formed ids once, in order, whatever the separator', () => {
    expect(parseIds('a-1,b-2 a-1+c')).toEqual(['a-1', 'b-2', 'c']);
    expect(parseIds('<script>,Ab,ok')).toEqual(['ok']);
    expect(parseIds(null)).toEqual([]);
  });

  it('writes the shared link with readable commas, without the page’s own parameters', () => {
    expect(shareUrl('https://exemple.test/tlpj/ma-liste/?ajouter=x#y', ['a', 'b'])).toBe('https://exemple.test/tlpj/ma-liste/?s=a,b');
    expect(shareUrl('https://exemple.test/ma-liste/', [])).toBe('https://exemple.test/ma-liste/');
  });
});

describe('text messages', () => {
  it('keeps é, è, à and ù, writes other accents and typographic signs plainly', () => {
    expect(toGsm('Jonquière, Kénogami, à Bégin')).toBe('Jonquière, Kénogami, à Bégin');
    expect(toGsm('Hôpital « Fête » l’été\u00a0: 418\u00a0542-1234 – œuvre ç')).toBe('Hopital "Fete" l\'été : 418 542-1234 - oeuvre c');
  });

  it('counts 160 characters in one message, 153 in each part of a longer one', () => {
    expect(smsCount('a'.repeat(160))).toBe(1);
    expect(smsCount('a'.repeat(161))).toBe(2);
    expect(smsCount('a'.repeat(306))).toBe(2);
    expect(smsCount('a'.repeat(307))).toBe(3);
    expect(smsCount(`${'a'.repeat(159)}€`)).toBe(2);
  });

  it('gives each organisation, service and phone, then the link; without service names when that saves a message', () => {
    const link = 'https://tlpj.example.org/ma-liste/?s=a,b';
    const two = smsText([item('Patro de Jonquière', 'Accueil Café', '418 542-7536'), item('CEGEP', 'Formation')], link, words);
    expect(two).toBe(`Ma liste (TLPJ) :\nPatro de Jonquière, Accueil Café : 418 542-7536\nCEGEP, Formation : tél. à confirmer\nDétails : ${link}`);
    const many = Array.from({ length: 5 }, (_, index) => item(`Organisme ${index}`, 'Un service au nom assez long pour compter', '418 555-0101'));
    const short = smsText(many, link, words);
    expect(short).not.toContain('Un service');
    expect(short).toContain('Organisme 4 : 418 555-0101');
    expect(smsCount(short)).toBeLessThanOrEqual(2);
  });

  it('writes every fact in the e-mail', () => {
    const full = { ...item('Org', 'Service', '418 555-0101'), adresses: ['1, rue A, Jonquière (Québec)'], heures: ['lundi, de 9 h à 12 h'], aConfirmer: ['Adresse'] };
    const text = emailText([full], 'https://l', { heading: 'H', phone: 'Téléphone', address: 'Adresse', hours: 'Heures', toConfirm: 'À confirmer', details: 'Détails :' });
    expect(text).toBe('H\n\nService (Org)\nTéléphone : 418 555-0101\nAdresse : 1, rue A, Jonquière (Québec)\nHeures : lundi, de 9 h à 12 h\nÀ confirmer : Adresse\n\nDétails : https://l');
  });
});

describe('the list’s data and the guides, from the directory model', () => {
  const directory = fixtureDirectory();
  // The fixture plus what no source places anywhere: a service of unknown area, an organisation without services or area.
  const withUnknowns = buildDirectory({
    ...fixtureInput,
    organismes: [
      ...fixtureInput.organismes,
      {
        id: 'groupe-inconnu',
        data: organismeSchema.parse({
          nom: 'Groupe au territoire inconnu',
          secteur: 'communautaire',
          services: [{ id: 'inconnu-repas', nom: 'Repas', categories: ['alimentation'] }],
          confirme_le: '2026-11-20',
        }),
      },
      { id: 'sans-services', data: organismeSchema.parse({ nom: 'Organisme sans services', secteur: 'communautaire', sources_consultees_le: '2026-11-29' }) },
    ],
  });
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

  it('writes each service’s phones, places, hours and unknowns the OQLF way', () => {
    const data = listData(directory, '/tlpj/');
    expect(data['exemple-depannage']).toMatchObject({
      organisme: 'Organisme d’exemple',
      fiche: '/tlpj/organismes/organisme-exemple/',
      telephones: [{ texte: '418\u00a0555-1234, poste 112', tel: 'tel:+14185551234,112' }],
      adresses: ['2505, rue Saint-Hubert, bureau 200, Jonquière (Québec)\u00a0 G7X 7W2'],
      heures: ['lundi au mercredi, de 9\u00a0h à 16\u00a0h\u00a030', 'Fermé pendant les Fêtes.'],
      aConfirmer: [],
    });
    // No place of its own: its organisation's address, where to reach it; the fax is not dialled.
    expect(data['exemple-logement']?.adresses).toEqual(['2505, rue Saint-Hubert, bureau 200, Jonquière (Québec)\u00a0 G7X 7W2']);
    expect(data['exemple-logement']?.telephones).toEqual([
      { texte: '418\u00a0555-1234', tel: 'tel:+14185551234' },
      { texte: 'Télécopieur : 418\u00a0555-9999' },
    ]);
  });

  it('says on the list what the model does not know: area, activity, phone, address, hours', () => {
    expect(listData(withUnknowns)['inconnu-repas']?.aConfirmer).toEqual(['Territoire desservi, activité actuelle, téléphone, adresse et heures']);
  });

  it('prints in a municipality’s guide the lists of its page, confirmed first, each service once under its first need', () => {
    const [confirmed, toConfirm] = guideSections(directory, 'larouche');
    expect(ids(guideServices([confirmed]))).toEqual(['exemple-depannage', 'exemple-logement']);
    expect(confirmed.groups.map((group) => group.categorie?.id)).toEqual(['alimentation', 'logement']);
    // The fixture's organisation of unknown status states no area either.
    expect(toConfirm.kind).toBe('a-confirmer');
    expect(ids(guideServices([toConfirm]))).toEqual(['inconnu-accueil']);
    expect(toConfirm.organisations).toEqual([]);
    // Confirmed in Jonquière without a service there: named, with no service under it.
    const [jonquiere] = guideSections(directory, 'jonquiere');
    expect(ids(guideServices([jonquiere]))).toEqual(['exemple-depannage']);
    expect(ids(jonquiere.organisations)).toEqual(['service-public-exemple']);
    expect(groupByFirstNeed([], directory.categories)).toEqual([]);
  });

  it('puts what no source places anywhere under its own heading, on every municipality’s guide and the whole territory’s', () => {
    for (const territoire of [...withUnknowns.territoires.map((entry) => entry.id), undefined]) {
      const [confirmed, toConfirm] = guideSections(withUnknowns, territoire);
      expect(ids(guideServices([confirmed])), territoire).not.toContain('inconnu-repas');
      expect(ids(guideServices([toConfirm])).sort(), territoire).toEqual(['inconnu-accueil', 'inconnu-repas']);
      expect(ids(toConfirm.organisations), territoire).toEqual(['sans-services']);
    }
    for (const territoire of withUnknowns.territoires) {
      const list = withUnknowns.municipalityList(territoire.id);
      expect(ids(guideOrganisations(guideSections(withUnknowns, territoire.id))).sort()).toEqual(list.map((item) => item.organisme.id).sort());
    }
    const [whole] = guideSections(withUnknowns);
    expect(ids(guideServices([whole]))).toEqual(['exemple-depannage', 'exemple-logement']);
    expect(ids(whole.organisations)).toEqual(['service-public-exemple']);
  });

  it('dates the information from the organisations it names: an organisation’s confirmation counts as its review', () => {
    const range = reviewedRange(guideOrganisations(guideSections(withUnknowns, 'jonquiere')));
    expect(range?.from.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(range?.to.toISOString().slice(0, 10)).toBe('2026-11-29');
  });
});
