// The area's emergency numbers as HTML for interface strings with {{placeholders}} (the emergency
// strip, the questionnaire's safety step). Each dialable number is a link that is a target of at
// least 44 x 44 px for a finger, in the line of text; every number stays left to right.
import type { Area } from '../schemas/area.ts';

/** Tailwind classes for a phone link inside running text: a 44 x 44 px target. */
export const TEL_LINK_CLASS = 'inline-flex min-h-11 min-w-11 items-center justify-center font-bold text-ink';

export const ltrNumber = (n: string) => `<bdi class="ltr font-bold">${n}</bdi>`;

export const telLink = (n: string) => `<a href="tel:${n.replace(/\s/g, '')}" class="${TEL_LINK_CLASS}"><bdi class="ltr">${n}</bdi></a>`;

/** The placeholders the emergency strings use: emergency, silentSolution, nonEmergency, textphone. */
export function emergencyNumbers(emergency: Area['emergency']) {
  return {
    emergency: telLink(emergency.emergency),
    silentSolution: ltrNumber(emergency.silentSolution),
    nonEmergency: telLink(emergency.nonEmergency),
    textphone: telLink(emergency.nonEmergencyTextphone),
  };
}
