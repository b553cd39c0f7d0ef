import type { ServiceInput } from '../../../core/contracts/services';

// Fictional services for tests. The phone numbers are in the UK's range kept for drama
// (01632 960000–960999, never assigned to anyone) and the web addresses are example.org ones.

export const riverside: ServiceInput = {
  name: 'Riverside Couples Practice',
  kind: 'couples_counselling',
  area: 'Leeds',
  postcodePrefix: 'LS1',
  country: 'GB',
  address: '1 Example Row, Leeds',
  phone: '01632 960001',
  web: 'https://riverside.example.org',
  languages: ['English', 'Polish'],
  cost: 'paid',
  notes: 'Evening sessions',
};

export const harbour: ServiceInput = {
  name: 'Harbour Advocacy Project',
  kind: 'abuse_advocacy',
  area: 'Leeds and West Yorkshire',
  postcodePrefix: 'LS',
  country: 'GB',
  phone: '01632 960002',
  languages: ['English', 'Urdu'],
  cost: 'free',
};

export const beratung: ServiceInput = {
  name: 'Beratung am Fluss',
  kind: 'individual_counselling',
  area: 'München',
  postcodePrefix: '80',
  country: 'DE',
  web: 'https://beratung.example.org',
  languages: ['Deutsch', 'English'],
  cost: 'sliding_scale',
};

/** A directory file with a quoted comma, a quoted line break and a doubled quote. */
export const DIRECTORY_CSV = [
  'key,name,kind,area,postcode_prefix,country,address,phone,web,languages,cost,notes',
  'lk-1,"Lantern Counselling, Couples and Families",couples counselling,Bristol,BS1,GB,"2 Example Lane',
  'Bristol",01632 960010,https://lantern.example.org,English; Welsh,paid,"Ask for the ""first chat"" slot"',
  'lk-2,Quayside Legal Clinic,legal_advice,Bristol,BS,GB,,01632 960011,,English,free,',
  '',
].join('\r\n');
