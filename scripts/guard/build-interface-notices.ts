import type { Random } from './create-random.js';
import { pickSlots } from './pick-slots.js';

/*
 * Benign interface and status text that starts like a persona switch ("You are now following
 * @bbcnews", "You're now in focus mode"): pasted from apps and web pages, it is a hard negative the
 * issue names, and the model had learned "you are now" as attack evidence from the jailbreaks.
 */
const leads: readonly string[] = ['', 'Success! ', 'Done. ', 'Welcome back! ', 'Heads up: ', '✓ '];
const states: readonly string[] = [
  'following {account}',
  'subscribed to {list}',
  'unsubscribed from {list}',
  'connected to {network}',
  'signed in as {user}',
  'logged in as {user}',
  'viewing {page}',
  'editing {page}',
  'in {mode} mode',
  'a member of {group}',
  'an admin of {group}',
  'a moderator of {group}',
  'the owner of {page}',
  'offline',
  'muted in {group}',
  'on the waitlist for {event}',
  'registered for {event}',
  'enrolled in {course}',
  'sharing your screen',
  'presenting to {group}',
  'using version {version}',
  'eligible for {perk}',
  'level {number}',
  'number {number} in the queue',
  'tracking order #{number}',
];
const fillers: Readonly<Record<string, readonly string[]>> = {
  account: ['@bbcnews', '@spacex', 'Ana Lima', 'the Design team', 'this artist', '#general'],
  list: ['our newsletter', 'price alerts', 'the weekly digest', 'release notes', 'this thread'],
  network: ['Office-5G', 'the guest Wi-Fi', 'VPN (Frankfurt)', 'your car via Bluetooth'],
  user: ['maria.k', 'admin@shop.example', 'Guest', 'j.smith'],
  page: ['the shared budget sheet', 'a read-only copy', 'the archived version', 'Draft 3'],
  mode: ['focus', 'dark', 'airplane', 'presentation', 'offline', 'incognito', 'battery saver'],
  group: ['Book Club', 'the #design channel', 'r/gardening', 'Team Falcon', 'this meeting'],
  event: ['the October webinar', 'Saturday yoga', 'the 10k run', 'Dr. Patel on Monday'],
  course: ['Intro to Statistics', 'Spanish A2', 'the safety training'],
  version: ['4.2.1', '2025.3', '11.0 (beta)'],
  perk: ['free shipping', 'the student discount', 'early access'],
  number: ['3', '12', '57', '4519'],
};
const tails: readonly string[] = [
  '',
  ' Undo?',
  ' Tap to change.',
  ' Learn more.',
  ' You can change this in Settings.',
  ' It may take a few minutes to sync.',
];

/** `count` interface notices ("You are now …", "You're now …"), drawn with `random`. */
export function buildInterfaceNotices(random: Random, count: number): string[] {
  const notices: string[] = [];
  for (let index = 0; index < count; index++) {
    const state = pickSlots(random.pick(states), fillers, random);
    const subject = random.next() < 0.75 ? 'You are now' : "You're now";
    notices.push(`${random.pick(leads)}${subject} ${state}.${random.pick(tails)}`);
  }
  return notices;
}
