import { plural } from '../lib/format';

/** « Ma liste » (`/ma-liste/`): its page and its script in the browser, which imports only this part. */
export const maListe = {
  title: 'Ma liste',
  description:
    'Gardez sur votre appareil les services qui vous intéressent, puis imprimez la liste ou envoyez-la par texto ou par courriel.',
  add: 'Ajouter à ma liste',
  intro:
    'Gardez ici les services qui vous intéressent : ajoutez-les depuis la fiche d’un organisme, puis imprimez la liste ou envoyez-la par texto ou par courriel.',
  privacy:
    'Votre liste reste sur cet appareil, dans ce navigateur : elle n’est envoyée nulle part. Seul ce que vous choisissez d’envoyer quitte l’appareil.',
  noScript:
    'Cette page a besoin de JavaScript, qui est désactivé dans votre navigateur : c’est lui qui garde la liste sur votre appareil. Vous pouvez plutôt imprimer la fiche de chaque organisme ou la version à imprimer de votre municipalité.',
  noScriptGuides: 'Versions à imprimer par municipalité',
  empty: 'Votre liste est vide. Pour y ajouter un service, ouvrez la fiche d’un organisme et choisissez « Ajouter à ma liste ».',
  findHelp: 'Trouver un service',
  loading: 'Chargement de la liste…',
  loadError: 'La liste ne peut pas être affichée pour l’instant (pas de connexion ?). Réessayez plus tard : elle est toujours gardée sur cet appareil.',
  added: (service: string) => `Ajouté à votre liste : ${service}.`,
  received: (count: number) => `Liste reçue (${plural(count, 'service', 'services')}) : elle est gardée sur cet appareil.`,
  removed: (service: string) => `Retiré de votre liste : ${service}.`,
  cleared: 'Votre liste est vide.',
  gone: (count: number) => `${plural(count, 'service n’est', 'services ne sont')} plus au répertoire et ${count > 1 ? 'ont été retirés' : 'a été retiré'} de la liste.`,
  backToProfile: 'Retourner à la fiche',
  count: (count: number) => plural(count, 'service', 'services'),
  organisation: 'Organisme',
  phone: 'Téléphone',
  address: 'Adresse',
  hours: 'Heures',
  toConfirm: 'À confirmer',
  verifiedOn: 'Vérifié le',
  remove: 'Retirer',
  takeAway: 'Emporter ma liste',
  print: 'Imprimer la liste',
  sms: 'Envoyer par texto',
  smsSize: (count: number) => `(${plural(count, 'message', 'messages')})`,
  email: 'Envoyer par courriel',
  link: 'Lien qui rouvre cette liste sur un autre appareil :',
  clear: 'Vider la liste',
  confirmClear: 'Vider toute la liste ?',
  printedFrom: 'Liste faite sur le site de la Table de lutte à la pauvreté de Jonquière. Pour la retrouver :',
  smsHeading: 'Ma liste (TLPJ) :',
  noPhone: 'tél. à confirmer',
  details: 'Détails :',
  emailSubject: 'Ma liste de services',
  emailHeading: 'Voici les services de ma liste :',
} as const;
