/**
 * What counts troops, and what only looks like it. One list per concept for the whole
 * pipeline: figures, the article's dominant force and its main place all read these.
 */

/** Nouns that count soldiers: "5,200 troops", "800 Marines", "a 1,000-strong contingent". */
export const TROOP_NOUNS = [
  'troops', 'soldiers', 'servicemembers', 'service members', 'service-members', 'servicemen', 'service-men', 'servicewomen', 'service personnel',
  'military personnel', 'military police', 'personnel', 'men and women', 'reinforcements', 'forces', 'marines', 'marine corps', 'Marine Corps', 'national guard', 'National Guard', 'guard members', 'Guard members', 'guard troops', 'Guard troops', 'sailors', 'airmen', 'paratroopers', 'peacekeepers', 'boots on the ground',
  'military advisers', 'military advisors', 'advisers', 'advisors', 'trainers', 'instructors', 'special forces', 'commandos', 'troopers',
  'military observers', 'officers and troops', 'officers and soldiers', 'reservists', 'conscripts', 'guardsmen', 'infantrymen',
  'legionnaires', 'gunners', 'medics', 'members of the corps', 'members of the force', 'members of the armed forces', 'military members',
  'staff officers', 'military staff', 'army men', 'force members', 'forces members', 'GSDF members', 'SDF members', 'SANDF members', 'army members', 'uniformed personnel', 'uniformed men', 'military specialists', 'military agents',
];

/** Nouns of a force as a whole: "the 4,500-strong force", "a contingent of 1,000". */
export const FORCE_NOUNS = ['force', 'contingent', 'deployment', 'garrison', 'mission', 'battalion', 'brigade', 'battlegroup', 'regiment', 'division', 'task force', 'presence', 'group', 'unit', 'units'];

/** A sentence about troops names one of these. */
export const TROOP_SENTENCE_WORDS = [
  ...TROOP_NOUNS, 'troop numbers', 'troop number', 'troop presence', 'troop strength', 'troop count', 'troop limit', 'troop cap', 'troop ceiling', 'force', 'presence', 'contribution', 'strength', 'deployment', 'contingent', 'garrison', 'boots', 'force level', 'force levels', 'drawdown', 'troop level', 'troop levels', 'battlegroup', 'battalion', 'brigade',
];

/** Military nouns after a country or demonym say whose forces: "US troops", "the British army". */
/** ("Djibouti base" says where a base is, not whose: bases are no military noun here.) */
export const MILITARY_NOUNS = [...TROOP_NOUNS, 'military', 'marine corps', 'army', 'air force', 'navy', 'commanders', 'commander', 'presence', 'deployment', 'contingent'];

/** Counted things that are not troops ("56 aircraft", "12 times", "five sites"). */
export const NOT_TROOP_NOUNS = [
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'miles', 'mile', 'km', 'kilometres',
  'kilometers', 'metres', 'meters', 'feet', 'sites', 'site', 'bases', 'base', 'locations', 'aircraft', 'jets', 'planes', 'helicopters',
  'tanks', 'vehicles', 'armored vehicles', 'armoured vehicles', 'IFVs', 'ifvs', 'APCs', 'apcs', 'howitzers', 'infantry fighting vehicles', 'armoured personnel carriers', 'armored personnel carriers', 'ships', 'vessels', 'drones', 'missiles', 'rockets', 'shells', 'civilians',
  'refugees', 'people', 'children', 'women', 'men', 'staff', 'employees', 'workers', 'contractors', 'times', 'attacks', 'strikes', 'interceptions', 'sorties', 'percent', 'per cent',
  'dollars', 'pounds', 'euros', 'bn', 'billion', 'acres', 'tonnes', 'tons', 'rounds', 'cases', 'votes', 'seats', 'countries', 'nations',
  'states', 'members of congress', 'lawmakers', 'mps', 'senators', 'police', 'police officers', 'policemen', 'officers', 'corrections officers',
  'observers', 'pilots', 'militants', 'fighters of', 'insurgents', 'rebels', 'jihadists', 'prisoners', 'detainees', 'hostages', 'cadets',
  'recruits', 'trainees', 'students', 'graduates', 'nuclear', 'warheads', 'batteries', 'battalions', 'brigades', 'divisions', 'companies',
  'units', 'regiments', 'squadrons', 'deployments', 'unit deployments', 'rotations', 'tours of duty', 'tours', 'missions', 'operations', 'interceptors', 'launchers', 'artillery', 'guns', 'rifles', 'weapons', 'items', 'kilograms', 'kg',
];

/** Casualties and incidents: a number near these counts losses or events, not a force. */
export const CASUALTY_WORDS = [
  'killed', 'kill', 'killing', 'injured', 'injuring', 'injury', 'injuries', 'wounded', 'wounding', 'died', 'dead', 'death', 'deaths',
  'casualty', 'casualties', 'hurt', 'fatality', 'fatalities', 'lives', 'missing', 'captured', 'hostage', 'hostages', 'concussion',
  'concussions', 'evacuated', 'treated', 'brain injuries', 'sustained',
];

/** Taking part in an exercise: "500 troops are involved in the manoeuvres" counts participants, not a deployment. */
export const EXERCISE_WORDS = ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvres', 'maneuvers', 'manoeuvre', 'maneuver', 'war games', 'wargames'];
export const PARTICIPATING = ['involved in', 'take part in', 'took part in', 'taking part in', 'participate in', 'participated in', 'participating in', 'joined the', 'join the', 'involving', 'called up for', 'mobilised for', 'mobilized for'];

/** Mustering, not deploying: reservists called up or released, conscripts drafted, recruits enlisted. */
export const MUSTER_WORDS = ['called up', 'call up', 'calling up', 'mobilised', 'mobilized', 'mobilising', 'mobilizing', 'demobilised', 'demobilized', 'released', 'discharged', 'conscripted', 'drafted', 'recruited', 'enlisted', 'recruits', 'conscripts'];

/** People trained, rotated through or served over time: cumulative counts, not a force at one time. */
export const CUMULATIVE_WORDS = ['trained', 'including rotations', 'successfully completed', 'have completed', 'graduation of', 'graduating', 'passing out parade', 'passing-out parade', 'have been trained', 'has trained', 'graduated', 'rotated through', 'have rotated', 'have served', 'has served', 'passed through', 'in total since', 'cumulatively', 'annually', 'each year', 'every year'];

/** Generic sizes: "a typical brigade numbers 3,000 to 4,000 troops", "a battalion ranges from 300 to 1,000". */
export const GENERIC_SIZE_WORDS = ['typical', 'typically', 'usually', 'normally', 'generally', 'on average', 'average', 'ranges from', 'sizes range from', 'standard', 'establishment figure', 'establishment strength'];

/** Nowhere in particular: "12,000 troops worldwide". */
export const NOWHERE_WORDS = [
  'worldwide', 'around the world', 'across the world', 'globally', 'abroad', 'overseas', 'across the globe', 'in total',
  // "7,606 Indian peacekeepers were deployed in UN missions": many missions, no one place.
  'in un missions', 'in the un missions', 'on un missions', 'in un peacekeeping missions', 'in peacekeeping missions', 'in various missions', 'across un missions',
  'in several international', 'international military operations', 'international operations', 'international missions', 'foreign missions', 'missions abroad',
];
