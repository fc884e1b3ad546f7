/**
 * The preview of a profile as the site will show it, drawn in the browser from the checked profile with
 * the profile page's own words and formats (fr.profile, lib/format): the partner sees the page before
 * sending the file. The page itself is built by components/OrganismeProfile.astro.
 */
import { organismeSchema, type Organisme } from '../schemas/organisme';
import type { Dictionary } from '../i18n/fr';
import { formatDate, formatList, formatPlage, formatStreet, formatTown } from '../lib/format';
import { formatPhone } from '../lib/phone';
import type { WrittenProfile } from '../lib/profile-file';

export interface PreviewConfig {
  /** fr.profile, as JSON (its strings). */
  profile: Dictionary['profile'];
  territoires: Record<string, string>;
  categories: Record<string, string>;
  /** What the profile page says of what is unknown (strings of fr.truth). */
  truth: { areaUnknown: string; wholeTerritory: string; languagesUnknown: string; statusUnknown: string };
}

type Child = Node | string | false | undefined | null;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined && child !== null) element.append(child);
  return element;
}

const toConfirm = (text: string) => h('span', { class: 'to-confirm' }, text);

function facts(rows: [string, Child][]): HTMLElement {
  return h('dl', { class: 'facts' }, ...rows.filter(([, value]) => value !== undefined && value !== false).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function phones(list: Organisme['telephones'], words: PreviewConfig['profile']): HTMLElement {
  return h(
    'div',
    {},
    ...list.map((phone) =>
      h(
        'div',
        {},
        `${phone.type !== 'principal' ? `${words.phoneKinds[phone.type]} : ` : ''}${formatPhone(phone.numero)}${phone.poste ? `, ${words.extension} ${phone.poste}` : ''}`,
        phone.description && h('span', { class: 'muted' }, ` (${phone.description})`),
      ),
    ),
  );
}

export function renderPreview(container: HTMLElement, written: WrittenProfile, body: string, config: PreviewConfig): void {
  const parsed = organismeSchema.safeParse(written);
  if (!parsed.success) return;
  const data = parsed.data;
  const words = config.profile;
  const places = new Map(data.lieux.map((lieu) => [lieu.id, lieu]));
  const address = (lieu: Organisme['lieux'][number]) =>
    h('address', {}, lieu.nom && h('span', {}, lieu.nom, h('br')), formatStreet(lieu.adresse) || toConfirm(words.addressMissing), h('br'), formatTown(lieu.adresse));
  const territoires = (value: Organisme['territoires']) =>
    value === undefined
      ? toConfirm(config.truth.areaUnknown)
      : value.municipalites === 'tout'
        ? config.truth.wholeTerritory
        : formatList(value.municipalites.map((id) => config.territoires[id] ?? id));
  const hasContact = data.telephones.length > 0 || data.courriel || data.site_web || data.lieux.length > 0;

  const parts: Child[] = [
    h('p', { class: 'profile-preview__name' }, data.nom),
    h('p', {}, data.statut ? h('span', { class: data.statut === 'actif' ? 'badge' : 'badge badge--closed' }, words.status[data.statut]) : toConfirm(config.truth.statusUnknown)),
    data.note_statut && h('p', { class: 'notice' }, data.note_statut),
    h('p', { class: 'lead' }, data.resume ?? toConfirm(words.summaryMissing)),
    h('p', { class: 'profile-preview__heading' }, words.contact),
    hasContact
      ? facts([
          [words.phone, data.telephones.length > 0 && phones(data.telephones, words)],
          [words.email, data.courriel],
          [words.website, data.site_web],
          [words.address, data.lieux.length > 0 && h('div', {}, ...data.lieux.map(address))],
        ])
      : toConfirm(words.contactMissing),
    h('p', { class: 'profile-preview__heading' }, words.services),
    ...(data.services.length > 0
      ? data.services.map((service) =>
          h(
            'div',
            { class: 'service' },
            h('p', { class: 'profile-preview__subheading' }, service.nom),
            service.description && h('p', {}, service.description),
            facts([
              [words.categories, formatList(service.categories.map((id) => config.categories[id] ?? id))],
              [words.eligibility, service.admissibilite],
              [words.cost, service.cout && `${service.cout.gratuit ? words.free : words.notFree}${service.cout.details ? ` — ${service.cout.details}` : ''}`],
              [words.howTo, service.acces.length > 0 && formatList(service.acces.map((mode) => words.acces[mode]))],
              [
                words.hours,
                h(
                  'div',
                  {},
                  service.horaires.length > 0 ? h('ul', {}, ...service.horaires.map((plage) => h('li', {}, formatPlage(plage)))) : !service.note_horaires && toConfirm(words.hoursMissing),
                  service.note_horaires && h('p', {}, service.note_horaires),
                ),
              ],
              [words.languages, service.langues.length > 0 ? formatList(service.langues.map((code) => words.languageNames[code] ?? code)) : toConfirm(config.truth.languagesUnknown)],
              [words.phone, service.telephones.length > 0 && phones(service.telephones, words)],
              [words.where, service.lieux.length > 0 && h('div', {}, ...service.lieux.map((id) => places.get(id)).filter((lieu) => lieu !== undefined).map(address))],
              [words.served, service.territoires !== undefined && territoires(service.territoires)],
            ]),
          ),
        )
      : [toConfirm(words.noServices)]),
    h('p', { class: 'profile-preview__heading' }, words.about),
    ...body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => h('p', {}, paragraph)),
    facts([[words.served, territoires(data.territoires)]]),
    data.a_confirmer.length > 0 && h('p', { class: 'profile-preview__heading' }, words.toConfirm),
    data.a_confirmer.length > 0 && h('ul', {}, ...data.a_confirmer.map((item) => h('li', {}, item))),
    h('p', { class: 'muted' }, `${words.verifiedOn} ${formatDate(data.verifie_le)}`),
  ];
  container.replaceChildren(...parts.filter((part): part is Node | string => Boolean(part)));
}
