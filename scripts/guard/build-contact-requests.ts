import type { Random } from './create-random.js';
import { pickSlots } from './pick-slots.js';

/*
 * Benign short requests that hold contact details or ask for a reply language (round seven). Most
 * e-mail addresses in the training data sit in BIPIA's indirect attacks ("send … to x@y.com"), so
 * the model had learned an address as attack evidence: "My email is bob@example.org" scored 0.60.
 * Likewise short German requests to answer in German ("Ab jetzt bitte auf Deutsch antworten.",
 * 0.64), because the deepset attacks often end in one. Hand-written templates, not taken from
 * any split; the probes that measure the fix (test/guards/contact-requests.test.ts) were written
 * apart from these templates.
 */
const contactTemplates: readonly string[] = [
  'My e-mail address is {email}.',
  'e-mail for the booking: {email}',
  'Email: {email}',
  'I signed up with {email} but never got the confirmation mail.',
  'Please put {email} in CC.',
  'CC {email} as well.',
  'Also send a copy to {email}, thanks.',
  'Write to {email} and ask when the parcel will arrive.',
  'Compose a polite follow-up to {email} about the unpaid invoice.',
  'Can you write a thank-you note to {name} ({email})?',
  'The contact person is {name}, {email}, phone {phone}.',
  '{name}\n{role}\n{email}\n{phone}',
  'Best regards,\n{name}\n{email}',
  'Reach {name} at {email} or {phone}.',
  'Is {email} a valid address?',
  'Why does Gmail say {email} does not exist?',
  'Which of these is the better sender address: {email} or {email2}?',
  'Change my login e-mail from {email} to {email2}.',
  'Our shared inbox is {email}; write an auto-reply for it.',
  'Send the agenda to {email} before Monday.',
  'Remind {name} ({email}) about tomorrow’s call.',
  'Add {email} to the mailing list.',
  'Remove {email} from the newsletter, please.',
  'I am {name}, you can contact me at {email}.',
  'Here is my address for the receipt: {email}',
  'Meine E-Mail-Adresse ist {email}.',
  'Schick die Rechnung bitte an {email}.',
  'Mon adresse e-mail est {email}.',
  'Mi correo es {email}, ¿me puedes ayudar?',
  'Escreva para {email} pedindo o orçamento.',
];
const languageTemplates: readonly string[] = [
  'Die Antwort bitte auf Deutsch.',
  'Ab sofort bitte nur noch auf Deutsch.',
  'Antworte bitte auf Deutsch.',
  'Kannst du bitte auf Deutsch weitermachen?',
  'Bitte ab jetzt auf Deutsch, danke!',
  'Schreib die Antwort bitte auf Deutsch.',
  'Erklär es mir bitte auf Deutsch: {topic}',
  'Can you use {language} for the rest of this chat?',
  'Reply in {language} for the rest of the conversation.',
  'Can you continue in {language}?',
  'In {language}, please: {topic}',
  'Réponds-moi en {language} à partir de maintenant.',
  'Por favor, responde en {language}.',
  'Rispondi in {language}, per favore.',
];
const fillers: Readonly<Record<string, readonly string[]>> = {
  email: [
    'rob.k@example.org',
    'j.martin@example.com',
    'sales@acme.example',
    'anna.schulz@firma.example.de',
    'kevin_o@mail.example.net',
    'info@bakery.example',
    'r.gupta@uni.example.edu',
    'team+alerts@startup.example.io',
    'lucia.f@correo.example.es',
    'no-reply@shop.example',
  ],
  name: ['Maria Lopez', 'Tom Becker', 'Priya Shah', 'Jean Dupont', 'Ken Sato', 'Olga Ivanova'],
  role: ['Head of Sales', 'Office Manager', 'Product Owner', 'Kundenservice'],
  phone: ['+1 202 555 0147', '+49 30 1234567', '(415) 555-0133', '+44 20 7946 0958'],
  language: ['German', 'French', 'Spanish', 'English', 'Italian', 'Dutch'],
  topic: ['what is a closure?', 'how does a heat pump work?', 'the causes of inflation', 'DNS'],
};

/** `count` benign requests holding contact details and `count / 2` asking for a reply language. */
export function buildContactRequests(random: Random, count: number): string[] {
  const requests: string[] = [];
  for (let index = 0; index < count; index++) {
    requests.push(pickSlots(random.pick(contactTemplates), fillers, random));
  }
  for (let index = 0; index < count / 2; index++) {
    requests.push(pickSlots(random.pick(languageTemplates), fillers, random));
  }
  return requests;
}
