/**
 * The partner form in the browser: fills itself with what the site knows of a profile, adds and removes
 * repeated blocks, checks what was typed with the profile schema (the content check's own), shows each
 * problem beside its field and all of them at the top, then writes the file, its preview, and the e-mail.
 * Everything runs on the page: nothing is sent anywhere but by the partner's own e-mail.
 */
import { fiche as t } from '../i18n/fiche';
import { suggestId, type WrittenProfile } from '../lib/profile-file';
import {
  checkProfile,
  declaredByOrganisation,
  fieldId,
  formFileName,
  formFileText,
  unknownPaths,
  withIds,
  type FieldPath,
  type FieldProblem,
  type ProfileFormData,
} from '../lib/profile-form';
import type { PickerConfig } from './place-picker';
import { renderPreview, type PreviewConfig } from './profile-preview';

interface Config extends PreviewConfig {
  /** Address of a profile's data, with `ID` for its id. */
  data: string;
  /** Unset while the coordinator has no address: the file is then downloaded or copied, not mailed. */
  email?: string;
  map: PickerConfig;
}

type Picker = ReturnType<typeof import('./place-picker').createPlacePicker>;

type Data = Record<string | number, unknown>;

/** Mail programs cut long `mailto:` links; beyond this the file is attached instead. */
const MAX_MAILTO_LENGTH = 1800;

const fieldOf = (element: Element): string | undefined => (element as HTMLElement).dataset.field ?? (element as HTMLElement).dataset.group;

/** The path of a field from its place in the form: `services`, block 2, `horaires`, block 1, `jours`. */
function pathOf(element: Element, field: string | undefined = fieldOf(element)): FieldPath {
  const path: FieldPath = [];
  let item = element.closest<HTMLElement>('[data-item]');
  while (item) {
    const list = item.closest<HTMLElement>('[data-list]')!;
    path.unshift(list.dataset.list!, [...item.parentElement!.children].indexOf(item));
    item = list.parentElement?.closest<HTMLElement>('[data-item]') ?? null;
  }
  return field ? [...path, ...field.split('.')] : path;
}

/** `['services', 0, 'cout', 'gratuit']` → `services[].cout.gratuit`, the path of the field in any block. */
const fieldName = (path: FieldPath): string => path.map((key) => (typeof key === 'number' ? '[]' : `.${key}`)).join('').slice(1);

function getIn(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Data)[key];
  }
  return current;
}

function setIn(target: Data, path: FieldPath, value: unknown): void {
  let current = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    current[key] ??= typeof path[index + 1] === 'number' ? [] : {};
    current = current[key] as Data;
  });
}

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

export class ProfileForm {
  private prefill: ProfileFormData | undefined;
  private submitted = false;
  private placeCount = 0;
  private readonly output: HTMLElement;
  private readonly pickers = new WeakMap<HTMLElement, Picker>();
  private readonly form: HTMLFormElement;
  private readonly config: Config;

  constructor(form: HTMLFormElement, config: Config) {
    this.form = form;
    this.config = config;
    this.output = document.querySelector<HTMLElement>('[data-profile-output]')!;
    form.addEventListener('click', (event) => this.onClick(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    form.addEventListener('change', (event) => this.onChange(event));
    form.addEventListener('input', () => {
      this.output.hidden = true;
    });
    this.output.querySelector('[data-copy]')!.addEventListener('click', () => void this.copy());
    this.output.querySelector('[data-edit]')!.addEventListener('click', () => this.control(['nom'])?.focus());
    this.renumber();
    this.refreshPlaceChoices();
    this.setToday();
  }

  /** Fills the form with what the site knows of a profile, and marks what the site shows « à confirmer ». */
  fill(data: ProfileFormData): void {
    this.prefill = data;
    this.fillLists(this.form, data.fiche);
    this.renumber();
    this.refreshPlaceChoices();
    for (const element of this.controls()) this.setValue(element, getIn({ ...data.fiche, id: data.id, description: data.description }, pathOf(element)));
    this.setToday();
    this.markUnknown(data.fiche);
  }

  private controls(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('[data-field]')];
  }

  private control(path: FieldPath): HTMLElement | null {
    return document.getElementById(fieldId(path));
  }

  private setToday(): void {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const date = this.control(['verifie_le']) as HTMLInputElement | null;
    if (date) date.value = iso;
  }

  /** Lists directly inside `scope` (the form, or one block), not those of the blocks inside. */
  private listsOf(scope: HTMLElement): HTMLElement[] {
    const owner = scope.matches('[data-item]') ? scope : null;
    return [...scope.querySelectorAll<HTMLElement>('[data-list]')].filter((list) => (list.parentElement?.closest('[data-item]') ?? null) === owner);
  }

  private fillLists(scope: HTMLElement, data: unknown): void {
    for (const list of this.listsOf(scope)) {
      const values = getIn(data, pathOf(list, list.dataset.list));
      const count = Array.isArray(values) ? values.length : 0;
      for (let index = 0; index < count; index += 1) this.fillLists(this.addItem(list, (values as Data[])[index]), data);
    }
  }

  private addItem(list: HTMLElement, value?: Data): HTMLElement {
    const template = list.querySelector<HTMLTemplateElement>(':scope > template')!;
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    list.querySelector(':scope > [data-items]')!.append(item);
    if (list.dataset.list === 'lieux' && !list.parentElement?.closest('[data-item]')) {
      this.placeCount += 1;
      // Services name their places by this key until the file gives each place its id.
      item.dataset.placeKey = typeof value?.id === 'string' ? value.id : `nouveau-lieu-${this.placeCount}`;
    }
    return item;
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.matches('[data-add]')) {
      const list = button.closest<HTMLElement>('[data-list]')!;
      const item = this.addItem(list);
      this.renumber();
      this.refreshPlaceChoices();
      item.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
    } else if (button.matches('[data-pick]')) {
      void this.openPicker(button.closest<HTMLElement>('[data-group="coordonnees"]')!);
    } else if (button.matches('[data-pick-centre]')) {
      this.pickers.get(button.closest<HTMLElement>('[data-group="coordonnees"]')!)?.placeAtCentre();
    } else if (button.matches('[data-remove]')) {
      const item = button.closest<HTMLElement>('[data-item]')!;
      const list = item.closest<HTMLElement>('[data-list]')!;
      item.querySelectorAll<HTMLElement>('[data-group="coordonnees"]').forEach((group) => this.pickers.get(group)?.remove());
      item.remove();
      this.renumber();
      this.refreshPlaceChoices();
      list.querySelector<HTMLElement>(':scope > p > [data-add]')?.focus();
    }
    if (button.matches('[data-add], [data-remove]')) {
      this.output.hidden = true;
      if (this.submitted) this.validate(false);
    }
  }

  private onChange(event: Event): void {
    const target = event.target as HTMLElement;
    target.closest('.is-unknown')?.classList.remove('is-unknown');
    if (target.closest('[data-list="lieux"]')) this.refreshPlaceChoices();
    if (this.submitted) this.validate(false);
  }

  /**
   * The map of a place, loaded when the partner asks for it: Leaflet and the tiles come only then. Each
   * placement fills the latitude and longitude, and says so to screen readers.
   */
  private async openPicker(group: HTMLElement): Promise<void> {
    const frame = group.querySelector<HTMLElement>('[data-picker]')!;
    frame.hidden = false;
    group.querySelector<HTMLElement>('[data-pick]')!.hidden = true;
    if (this.pickers.has(group)) return;
    const container = frame.querySelector<HTMLElement>('[data-picker-map]')!;
    container.setAttribute('aria-label', t.fields.coordonnees.mapLabel);
    const lat = group.querySelector<HTMLInputElement>('[data-field="coordonnees.lat"]')!;
    const lng = group.querySelector<HTMLInputElement>('[data-field="coordonnees.lng"]')!;
    const start = lat.value && lng.value && !Number.isNaN(Number(lat.value)) && !Number.isNaN(Number(lng.value)) ? { lat: Number(lat.value), lng: Number(lng.value) } : undefined;
    const { createPlacePicker } = await import('./place-picker');
    this.pickers.set(
      group,
      createPlacePicker(container, this.config.map, start, (position) => {
        lat.value = String(position.lat);
        lng.value = String(position.lng);
        lat.dispatchEvent(new Event('change', { bubbles: true }));
        this.output.hidden = true;
        document.querySelector('[data-fiche-status]')!.textContent = t.fields.coordonnees.placed(lat.value, lng.value);
      }),
    );
  }

  /** Ids, names, labels and descriptions of every field, from its path: after any block is added or removed. */
  private renumber(): void {
    for (const item of this.form.querySelectorAll<HTMLElement>('[data-item]')) {
      const list = item.closest<HTMLElement>('[data-list]')!;
      const legend = item.querySelector(':scope > fieldset > [data-item-legend]');
      if (legend) legend.textContent = `${list.dataset.itemLabel} ${[...item.parentElement!.children].indexOf(item) + 1}`;
    }
    for (const list of this.form.querySelectorAll<HTMLElement>('[data-list]')) list.id = fieldId(pathOf(list, list.dataset.list));
    for (const wrapper of this.form.querySelectorAll<HTMLElement>('.field')) {
      const control = wrapper.querySelector<HTMLInputElement>('[data-field]')!;
      const path = pathOf(control);
      control.id = fieldId(path);
      control.name = path.join('.');
      wrapper.querySelector('label')!.htmlFor = control.id;
      this.describe(wrapper, control, control.id);
    }
    for (const hidden of this.form.querySelectorAll<HTMLInputElement>('input[type=hidden][data-field]')) {
      hidden.id = fieldId(pathOf(hidden));
      hidden.name = pathOf(hidden).join('.');
    }
    for (const group of this.form.querySelectorAll<HTMLFieldSetElement>('[data-group]')) {
      const path = pathOf(group);
      group.id = fieldId(path);
      this.describe(group, group, group.id);
      for (const check of group.querySelectorAll<HTMLElement>('.check')) {
        const input = check.querySelector('input')!;
        input.id = `${group.id}--${input.value || 'inconnu'}`;
        input.name = path.join('.');
        check.querySelector('label')!.htmlFor = input.id;
      }
    }
  }

  private describe(wrapper: HTMLElement, target: HTMLElement, id: string): void {
    const help = wrapper.querySelector<HTMLElement>(':scope > [data-help]');
    const error = wrapper.querySelector<HTMLElement>(':scope > [data-error]');
    if (help) help.id = `${id}-aide`;
    if (error) error.id = `${id}-erreur`;
    const ids = [help?.id, error && !error.hidden ? error.id : undefined].filter(Boolean);
    if (ids.length > 0) target.setAttribute('aria-describedby', ids.join(' '));
    else target.removeAttribute('aria-describedby');
  }

  /** The places a service can be offered at are the places of the form: its check boxes follow them. */
  private refreshPlaceChoices(): void {
    const places = [...this.form.querySelectorAll<HTMLElement>('[data-list="lieux"] > [data-items] > [data-item]')];
    const labels = places.map((place, index) => {
      const value = (field: string) => place.querySelector<HTMLInputElement>(`[data-field="${field}"]`)?.value.trim();
      return value('nom') || [value('adresse.numero'), value('adresse.rue')].filter(Boolean).join(' ') || value('adresse.ville') || `${t.fields.lieux.item} ${index + 1}`;
    });
    for (const group of this.form.querySelectorAll<HTMLElement>('[data-list="services"] [data-group="lieux"]')) {
      const options = group.querySelector<HTMLElement>('[data-options]')!;
      const checked = new Set([...options.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value));
      options.replaceChildren(
        ...places.map((place, index) => {
          const check = document.createElement('div');
          check.className = 'check';
          const input = document.createElement('input');
          input.type = 'checkbox';
          input.dataset.field = 'lieux';
          input.value = place.dataset.placeKey!;
          input.checked = checked.has(input.value);
          const label = document.createElement('label');
          label.textContent = labels[index]!;
          check.append(input, label);
          return check;
        }),
      );
      if (places.length === 0) {
        const none = document.createElement('p');
        none.className = 'muted';
        none.textContent = t.fields.serviceLieux.none;
        options.append(none);
      }
    }
    this.renumber();
  }

  private setValue(element: HTMLInputElement, value: unknown): void {
    if (element.type === 'checkbox') {
      element.checked = value === 'tout' ? element.value === 'tout' : Array.isArray(value) && value.includes(element.value);
    } else if (element.type === 'radio') {
      element.checked = element.value === (value === undefined ? '' : String(value));
    } else if (element.dataset.reads === 'lines') {
      element.value = Array.isArray(value) ? value.join('\n') : '';
    } else if (value !== undefined && value !== null && typeof value !== 'object') {
      element.value = String(value);
    }
  }

  /** The profile as typed: every block kept (even empty) so that a problem's path points at its block. */
  private read(): { id: string; body: string; data: WrittenProfile; placeKeys: string[] } {
    const data: Data = {};
    // In the order of the form, which is the schema's: the file lists its fields in that order.
    for (const element of this.form.querySelectorAll<HTMLInputElement>('[data-item], [data-field]')) {
      if (element.matches('[data-item]')) {
        setIn(data, pathOf(element), getIn(data, pathOf(element)) ?? {});
        continue;
      }
      const path = pathOf(element);
      if (element.type === 'checkbox') {
        if (!element.checked) continue;
        if (element.value === 'tout') setIn(data, path, 'tout');
        else if (getIn(data, path) !== 'tout') setIn(data, path, [...((getIn(data, path) as string[] | undefined) ?? []), element.value]);
        continue;
      }
      if (element.type === 'radio') {
        if (!element.checked || element.value === '') continue;
        setIn(data, path, element.dataset.reads === 'boolean' ? element.value === 'true' : element.value);
        continue;
      }
      const value = element.value.trim();
      if (value === '') continue;
      if (element.dataset.reads === 'lines') {
        const lines = value.split('\n').map((line) => line.trim()).filter(Boolean);
        if (lines.length > 0) setIn(data, path, lines);
      } else if (element.dataset.reads === 'number') setIn(data, path, Number.isNaN(Number(value)) ? value : Number(value));
      else setIn(data, path, value);
    }
    const { id, description, ...profile } = data;
    for (const lieu of (profile.lieux as Data[] | undefined) ?? []) lieu.adresse ??= {};
    for (const service of (profile.services as Data[] | undefined) ?? []) {
      // « À confirmer » for the cost and no details: the file says nothing about the cost.
      if (isObject(service.cout) && Object.keys(service.cout).length === 0) delete service.cout;
    }
    if (this.prefill) this.carryOver(profile, this.prefill.fiche, this.formFields(), '');
    declaredByOrganisation(profile, new Date());
    // What was carried over goes back to its place among the fields, as the site wrote them.
    const ordered = this.prefill ? Object.fromEntries([...Object.keys(this.prefill.fiche), ...Object.keys(profile)].filter((key, index, keys) => key in profile && keys.indexOf(key) === index).map((key) => [key, profile[key]])) : profile;
    const profileId = typeof id === 'string' && id !== '' ? id : suggestId(String(profile.nom ?? ''));
    const placeKeys = [...this.form.querySelectorAll<HTMLElement>('[data-list="lieux"] > [data-items] > [data-item]')].map((place) => place.dataset.placeKey!);
    return { id: profileId, body: typeof description === 'string' ? description : '', data: withIds(ordered, profileId, placeKeys), placeKeys };
  }

  /** The fields the form shows, as `services[].cout.gratuit`. */
  private formFields(): string[] {
    const elements = this.form.querySelectorAll<HTMLElement>('[data-field], [data-group], [data-list]');
    return [...elements].map((element) => fieldName(pathOf(element, element.dataset.field ?? element.dataset.group ?? element.dataset.list)));
  }

  /**
   * What the site knows and the form does not show (sources, membership, a place's coordinates…) goes back
   * into the file unchanged: updating the contact details must not lose the rest.
   */
  private carryOver(target: Data, known: Data, fields: string[], prefix: string): void {
    for (const [key, value] of Object.entries(known)) {
      const name = `${prefix}${key}`;
      const shown = fields.some((field) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[]`));
      if (!shown) {
        target[key] ??= value;
      } else if (Array.isArray(value) && Array.isArray(target[key])) {
        for (const item of value) {
          const match = isObject(item) && typeof item.id === 'string' ? (target[key] as Data[]).find((other) => other.id === item.id) : undefined;
          if (match && isObject(item)) this.carryOver(match, item, fields, `${name}[].`);
        }
      } else if (isObject(value) && isObject(target[key])) this.carryOver(target[key] as Data, value, fields, `${name}.`);
    }
  }

  /** The element a problem belongs to: its field, or the nearest block or group that holds it. */
  private targetOf(path: FieldPath): HTMLElement | null {
    for (let length = path.length; length > 0; length -= 1) {
      const element = this.control(path.slice(0, length));
      if (element) return element;
    }
    return null;
  }

  /** The words of a field for the list at the top: its block, then its label. */
  private labelOf(target: HTMLElement): string {
    const own = target.matches('fieldset, [data-list]')
      ? target.querySelector(':scope > legend, :scope > .form-list__title')
      : target.closest('.field')?.querySelector('label');
    const text = (element: Element | null | undefined) =>
      [...(element?.childNodes ?? [])].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
    const blocks: string[] = [];
    let item = target.closest('[data-item]');
    while (item) {
      blocks.unshift(item.querySelector(':scope > fieldset > [data-item-legend]')?.textContent ?? '');
      item = item.parentElement?.closest('[data-item]') ?? null;
    }
    return [...blocks, text(own)].filter(Boolean).join(' › ');
  }

  private showProblems(problems: FieldProblem[], summary: boolean): void {
    for (const error of this.form.querySelectorAll<HTMLElement>('[data-error]')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const invalid of this.form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
    // In the order of the form, as the partner reads it.
    const listed = problems
      .map((problem) => ({ target: this.targetOf(problem.path), message: problem.message.charAt(0).toUpperCase() + problem.message.slice(1) }))
      .sort((a, b) => (a.target && b.target ? (a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0));
    for (const { target, message } of listed) {
      if (!target) continue;
      const wrapper = target.matches('fieldset, [data-list]') ? target : (target.closest<HTMLElement>('.field') ?? target);
      const error = wrapper.querySelector<HTMLElement>(':scope > [data-error]');
      if (!error) continue;
      error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
      error.hidden = false;
      target.setAttribute('aria-invalid', 'true');
    }
    this.renumber();
    const box = this.form.querySelector<HTMLElement>('[data-error-summary]')!;
    if (problems.length === 0) {
      box.hidden = true;
      return;
    }
    if (!summary && box.hidden) return;
    box.querySelector('[data-error-summary-title]')!.textContent = t.errors.summaryTitle(problems.length);
    box.querySelector('[data-error-summary-list]')!.replaceChildren(
      ...listed.map(({ target, message }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${target?.id ?? ''}`;
        link.textContent = target ? `${this.labelOf(target)} : ${message}` : message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          const focusable = target?.matches('fieldset, [data-list]') ? target.querySelector<HTMLElement>('input, select, textarea, button') : target;
          focusable?.focus();
        });
        item.append(link);
        return item;
      }),
    );
    box.hidden = false;
    if (summary) box.focus();
  }

  private validate(summary: boolean): { problems: FieldProblem[]; read: ReturnType<ProfileForm['read']> } {
    const read = this.read();
    const problems = checkProfile(read.data, t.errors.required);
    this.showProblems(problems, summary);
    return { problems, read };
  }

  private submit(): void {
    this.submitted = true;
    const { problems, read } = this.validate(true);
    if (problems.length > 0) {
      this.output.hidden = true;
      return;
    }
    this.showOutput(read.id, read.data, read.body);
  }

  private showOutput(id: string, data: WrittenProfile, body: string): void {
    const text = formFileText(id, data, body, new Date());
    const name = formFileName(id);
    this.output.querySelector<HTMLTextAreaElement>('[data-file]')!.value = text;
    const download = this.output.querySelector<HTMLAnchorElement>('[data-download]')!;
    if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    download.download = name;
    const subject = t.output.mailSubject(String(data.nom));
    const mail = (body: string) => `mailto:${this.config.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    const full = mail(t.output.mailBody(text));
    const tooLong = full.length > MAX_MAILTO_LENGTH;
    const send = this.output.querySelector<HTMLAnchorElement>('[data-send]')!;
    if (this.config.email) send.href = tooLong ? mail(t.output.mailBodyAttached(name)) : full;
    else send.removeAttribute('href');
    send.hidden = !this.config.email;
    const notice = this.output.querySelector<HTMLElement>('[data-too-long]')!;
    notice.hidden = !tooLong;
    notice.textContent = tooLong ? t.output.tooLong(name) : '';
    this.output.querySelector('[data-copy-status]')!.textContent = '';
    renderPreview(this.output.querySelector<HTMLElement>('[data-preview]')!, data, body, this.config);
    this.output.hidden = false;
    this.output.querySelector<HTMLElement>('h2')!.focus();
  }

  private async copy(): Promise<void> {
    const file = this.output.querySelector<HTMLTextAreaElement>('[data-file]')!;
    const status = this.output.querySelector('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(file.value);
      status.textContent = t.output.copied;
    } catch {
      file.select();
      status.textContent = t.output.copyFailed;
    }
  }

  /** Marks the fields the site shows « à confirmer », and lists the profile's own « à confirmer » items at the top. */
  private markUnknown(data: WrittenProfile): void {
    for (const path of unknownPaths(data)) {
      const target = this.control(path);
      const wrapper = target?.matches('fieldset, [data-list]') ? target : target?.closest<HTMLElement>('.field');
      const label = wrapper?.matches('fieldset')
        ? wrapper.querySelector(':scope > legend')
        : wrapper?.matches('[data-list]')
          ? wrapper.querySelector(':scope > .form-list__title')
          : wrapper?.querySelector('label');
      if (!wrapper || !label) continue;
      wrapper.classList.add('is-unknown');
      const badge = document.createElement('span');
      badge.className = 'badge badge--confirm';
      badge.textContent = t.toConfirmBadge;
      label.append(' ', badge);
    }
    const items = Array.isArray(data.a_confirmer) ? (data.a_confirmer as string[]) : [];
    const box = this.form.querySelector<HTMLElement>('[data-to-confirm]')!;
    box.querySelector('[data-to-confirm-list]')!.replaceChildren(
      ...items.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    box.hidden = items.length === 0;
  }
}

export function installProfileForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-profile-form]');
  const configElement = document.querySelector('[data-fiche-config]');
  if (!form || !configElement) return;
  const config = JSON.parse(configElement.textContent ?? '{}') as Config;
  const profileForm = new ProfileForm(form, config);
  const status = document.querySelector<HTMLElement>('[data-fiche-status]')!;
  const id = new URL(window.location.href).searchParams.get('id');
  const show = (message: string) => {
    status.textContent = message;
    form.hidden = false;
  };
  if (!id || !/^[a-z0-9-]+$/.test(id)) {
    show(t.newProfile);
    return;
  }
  status.textContent = t.loading;
  fetch(config.data.replace('ID', id))
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<ProfileFormData>;
    })
    .then((data) => {
      profileForm.fill(data);
      show(t.updating(String(data.fiche.nom)));
    })
    .catch(() => show(t.loadError));
}
