// Word lists from the data files, turned into Sets once at module load.
import verbs from '../data/reportingVerbs.json' with { type: 'json' }
import titles from '../data/titles.json' with { type: 'json' }
import descriptors from '../data/descriptors.json' with { type: 'json' }
import givenNames from '../data/givenNames.json' with { type: 'json' }

export type Gender = 'm' | 'f' | null

export const VERBS: ReadonlySet<string> = new Set(verbs.forms)
export const INVERTED_VERBS: ReadonlySet<string> = new Set(verbs.inverted)
export const FRAGMENT_VERBS: ReadonlySet<string> = new Set(verbs.fragmentOnly)
export const VERB_PARTICLES: ReadonlySet<string> = new Set(verbs.particles)
export const INTRANSITIVE_VERBS: ReadonlySet<string> = new Set(verbs.intransitiveOnly)
export const NOT_SPEECH_BEFORE: ReadonlySet<string> = new Set(verbs.notSpeechBefore)
export const REQUIRES_IT: ReadonlySet<string> = new Set(verbs.requiresIt)
export const ADVERBS: ReadonlySet<string> = new Set(verbs.adverbs)

export const TITLES: ReadonlySet<string> = new Set(titles.titles)
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(titles.connectors)
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(titles.abbreviations))
export const NOT_ROLE_TITLES: ReadonlySet<string> = new Set(titles.notRoles)
const MALE_TITLES: ReadonlySet<string> = new Set(titles.male)
const FEMALE_TITLES: ReadonlySet<string> = new Set(titles.female)

export const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set(descriptors.heads)
export const PERSON_HEADS: ReadonlySet<string> = new Set(descriptors.personHeads)
export const OFFICIAL_HEADS: ReadonlySet<string> = new Set(descriptors.officialHeads)
export const GOVERNMENT_TITLES: ReadonlySet<string> = new Set(descriptors.governmentTitles)
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(descriptors.speechNouns)
export const DETERMINERS: ReadonlySet<string> = new Set(descriptors.determiners)
export const ORGANISATIONS: ReadonlySet<string> = new Set(descriptors.organisations)

const MALE_NAMES: ReadonlySet<string> = new Set(givenNames.male)
const FEMALE_NAMES: ReadonlySet<string> = new Set(givenNames.female)

export function isGivenName(w: string): boolean {
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w)
}

export function genderOfTitle(w: string): Gender {
  if (MALE_TITLES.has(w)) return 'm'
  if (FEMALE_TITLES.has(w)) return 'f'
  return null
}

export function genderOfGivenName(w: string): Gender {
  if (MALE_NAMES.has(w)) return 'm'
  if (FEMALE_NAMES.has(w)) return 'f'
  return null
}

/** Personal pronouns that can name a speaker, with the gender they require (null: any). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'm'], ['she', 'f'], ['they', null], ['it', null], ['we', null], ['i', null], ['who', null],
])

/** Capitalised words that begin sentences or clauses and are never part of a name. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'While', 'Meanwhile', 'However',
  'Still', 'Yet', 'So', 'Then', 'If', 'Although', 'Though', 'Because', 'Since', 'Speaking', 'Asked', 'Later', 'Earlier', 'Also',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'You',
  'Your', 'Now', 'Here', 'There', 'What', 'Why', 'How', 'Where', 'Who', 'Which', 'Despite', 'During', 'For', 'From', 'Of', 'To',
  'With', 'Without', 'By', 'Under', 'Over', 'Last', 'Next', 'Today', 'Yesterday', 'Tomorrow', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'According', 'Like', 'Unlike', 'Among', 'Amid', 'Both', 'Each', 'Every', 'Many', 'Most', 'Some', 'Several', 'Other',
  'Such', 'Even', 'Only', 'Just', 'Instead', 'Indeed', 'Well', 'Yes', 'No', 'Not', 'Once', 'Until',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Thirty', 'Forty',
  'Fifty', 'Hundreds', 'Thousands', 'Millions', 'Dozens', 'Given', 'Alongside', 'Following', 'Upon', 'Whether', 'While', 'Whatever',
  'Perhaps', 'Maybe', 'Sure', 'Thanks', 'Please', 'Oh', 'OK', 'Okay', 'Hey', 'Hello', 'Dear', 'Sir', 'Madam',
  'Through', 'Throughout', 'Against', 'About', 'Above', 'Below', 'Between', 'Into', 'Within', 'Along', 'Across', 'Around',
])

