import type { Phone } from '../schemas/phone.ts';

/** How a phone entry is offered: the link to open and the interface string key that labels it. */
export interface PhoneAction {
  href: string;
  number: string;
  key: 'service.phone.voice' | 'service.phone.text' | 'service.phone.textMessage' | 'service.phone.textphone' | 'service.phone.relay' | 'service.phone.whatsapp';
}

/** Prefix dialled before a number to reach it through Relay UK (text relay). */
export const RELAY_PREFIX = '18001';

export function phoneAction(phone: Phone): PhoneAction {
  switch (phone.kind) {
    case 'text':
      return {
        href: `sms:${phone.e164}${phone.message ? `?body=${encodeURIComponent(phone.message)}` : ''}`,
        number: phone.display,
        key: phone.message ? 'service.phone.textMessage' : 'service.phone.text',
      };
    case 'relay':
      return {
        href: `tel:${RELAY_PREFIX}${phone.short ? phone.e164 : phone.e164.replace(/^\+44/, '0')}`,
        number: `${RELAY_PREFIX} ${phone.display}`,
        key: 'service.phone.relay',
      };
    case 'whatsapp':
      return { href: `https://wa.me/${phone.e164.replace(/^\+/, '')}`, number: phone.display, key: 'service.phone.whatsapp' };
    case 'textphone':
      return { href: `tel:${phone.e164}`, number: phone.display, key: 'service.phone.textphone' };
    default:
      return { href: `tel:${phone.e164}`, number: phone.display, key: 'service.phone.voice' };
  }
}
