/**
 * The icons the content may name (Lucide, ISC licence), inlined as SVG: no icon font, no request, and the
 * same drawing on every phone, where an emoji may show as an empty box.
 */
import {
  Apple,
  Baby,
  BedDouble,
  BookOpen,
  Briefcase,
  Bus,
  HandHeart,
  Handshake,
  House,
  Megaphone,
  PersonStanding,
  Scale,
  Shirt,
  Stethoscope,
  Users,
} from 'lucide-static';

export const ICONS = {
  apple: Apple,
  baby: Baby,
  'bed-double': BedDouble,
  'book-open': BookOpen,
  briefcase: Briefcase,
  bus: Bus,
  'hand-heart': HandHeart,
  handshake: Handshake,
  house: House,
  megaphone: Megaphone,
  'person-standing': PersonStanding,
  scale: Scale,
  shirt: Shirt,
  stethoscope: Stethoscope,
  users: Users,
} as const;

export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as [IconName, ...IconName[]];

/** The icon as inline SVG, hidden from assistive technologies (the text next to it says the same). */
export function iconSvg(name: IconName, size = 28): string {
  return ICONS[name]
    .replace(/<!--[\s\S]*?-->\s*/, '')
    .replace('<svg', `<svg aria-hidden="true" focusable="false"`)
    .replace(/width="\d+"/, `width="${size}"`)
    .replace(/height="\d+"/, `height="${size}"`);
}
