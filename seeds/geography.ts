/**
 * The places the synthetic graph uses: states along the I-95 "iron pipeline" and a few
 * others, with real city centres and county FIPS codes. Source states have comparatively
 * lax purchase laws and supply crime guns recovered in the strict destination states
 * (ATF trace data; NFCTA vol. II, interstate trafficking).
 */
export interface City {
  name: string;
  state: string;
  latitude: number;
  longitude: number;
  /** County FIPS code (3 digits) of the city's county: goes into FFL numbers and ORIs. */
  county: string;
  /** Relative population weight. */
  weight: number;
}

export interface StateInfo {
  code: string;
  name: string;
  /** ATF region digit and IRS district used in FFL numbers issued there. */
  fflRegion: string;
  irsDistrict: string;
  /** Relative number of licensed dealers. */
  dealerWeight: number;
  /** Relative number of police agencies / crime recoveries. */
  crimeWeight: number;
  role: 'SOURCE' | 'DESTINATION' | 'OTHER';
  cities: City[];
}

const c = (name: string, state: string, latitude: number, longitude: number, county: string, weight: number): City => ({
  name,
  state,
  latitude,
  longitude,
  county,
  weight,
});

export const STATES: StateInfo[] = [
  {
    code: 'NY',
    name: 'New York',
    fflRegion: '6',
    irsDistrict: '16',
    dealerWeight: 3,
    crimeWeight: 10,
    role: 'DESTINATION',
    cities: [
      c('New York', 'NY', 40.7128, -74.006, '061', 30),
      c('Buffalo', 'NY', 42.8864, -78.8784, '029', 4),
      c('Rochester', 'NY', 43.1566, -77.6088, '055', 3),
      c('Syracuse', 'NY', 43.0481, -76.1474, '067', 2),
      c('Albany', 'NY', 42.6526, -73.7562, '001', 2),
      c('Yonkers', 'NY', 40.9312, -73.8987, '119', 2),
    ],
  },
  {
    code: 'NJ',
    name: 'New Jersey',
    fflRegion: '8',
    irsDistrict: '22',
    dealerWeight: 1,
    crimeWeight: 6,
    role: 'DESTINATION',
    cities: [
      c('Newark', 'NJ', 40.7357, -74.1724, '013', 4),
      c('Jersey City', 'NJ', 40.7178, -74.0431, '017', 3),
      c('Paterson', 'NJ', 40.9168, -74.1718, '031', 2),
      c('Trenton', 'NJ', 40.2206, -74.7597, '021', 2),
      c('Camden', 'NJ', 39.9259, -75.1196, '007', 2),
    ],
  },
  {
    code: 'MA',
    name: 'Massachusetts',
    fflRegion: '6',
    irsDistrict: '04',
    dealerWeight: 1,
    crimeWeight: 4,
    role: 'DESTINATION',
    cities: [
      c('Boston', 'MA', 42.3601, -71.0589, '025', 5),
      c('Springfield', 'MA', 42.1015, -72.5898, '013', 2),
      c('Worcester', 'MA', 42.2626, -71.8023, '027', 2),
      c('Brockton', 'MA', 42.0834, -71.0184, '023', 1),
    ],
  },
  {
    code: 'MD',
    name: 'Maryland',
    fflRegion: '8',
    irsDistrict: '52',
    dealerWeight: 2,
    crimeWeight: 5,
    role: 'DESTINATION',
    cities: [
      c('Baltimore', 'MD', 39.2904, -76.6122, '510', 5),
      c('Silver Spring', 'MD', 38.991, -77.0261, '031', 2),
      c('Hyattsville', 'MD', 38.9559, -76.9455, '033', 2),
      c('Hagerstown', 'MD', 39.6418, -77.72, '043', 1),
    ],
  },
  {
    code: 'GA',
    name: 'Georgia',
    fflRegion: '1',
    irsDistrict: '58',
    dealerWeight: 9,
    crimeWeight: 5,
    role: 'SOURCE',
    cities: [
      c('Atlanta', 'GA', 33.749, -84.388, '121', 5),
      c('Savannah', 'GA', 32.0809, -81.0912, '051', 2),
      c('Macon', 'GA', 32.8407, -83.6324, '021', 1),
      c('Augusta', 'GA', 33.4735, -82.0105, '245', 1),
      c('Columbus', 'GA', 32.461, -84.9877, '215', 1),
    ],
  },
  {
    code: 'VA',
    name: 'Virginia',
    fflRegion: '8',
    irsDistrict: '54',
    dealerWeight: 8,
    crimeWeight: 4,
    role: 'SOURCE',
    cities: [
      c('Richmond', 'VA', 37.5407, -77.436, '760', 3),
      c('Norfolk', 'VA', 36.8508, -76.2859, '710', 3),
      c('Virginia Beach', 'VA', 36.8529, -75.978, '810', 3),
      c('Roanoke', 'VA', 37.271, -79.9414, '770', 1),
      c('Petersburg', 'VA', 37.2279, -77.4019, '730', 1),
    ],
  },
  {
    code: 'SC',
    name: 'South Carolina',
    fflRegion: '1',
    irsDistrict: '57',
    dealerWeight: 5,
    crimeWeight: 3,
    role: 'SOURCE',
    cities: [
      c('Columbia', 'SC', 34.0007, -81.0348, '079', 2),
      c('Charleston', 'SC', 32.7765, -79.9311, '019', 2),
      c('Greenville', 'SC', 34.8526, -82.394, '045', 2),
      c('Florence', 'SC', 34.1954, -79.7626, '041', 1),
    ],
  },
  {
    code: 'NC',
    name: 'North Carolina',
    fflRegion: '1',
    irsDistrict: '56',
    dealerWeight: 8,
    crimeWeight: 5,
    role: 'SOURCE',
    cities: [
      c('Charlotte', 'NC', 35.2271, -80.8431, '119', 4),
      c('Raleigh', 'NC', 35.7796, -78.6382, '183', 3),
      c('Fayetteville', 'NC', 35.0527, -78.8784, '051', 2),
      c('Durham', 'NC', 35.994, -78.8986, '063', 2),
      c('Greensboro', 'NC', 36.0726, -79.792, '081', 2),
    ],
  },
  {
    code: 'FL',
    name: 'Florida',
    fflRegion: '1',
    irsDistrict: '59',
    dealerWeight: 12,
    crimeWeight: 8,
    role: 'SOURCE',
    cities: [
      c('Jacksonville', 'FL', 30.3322, -81.6557, '031', 3),
      c('Miami', 'FL', 25.7617, -80.1918, '086', 4),
      c('Tampa', 'FL', 27.9506, -82.4572, '057', 3),
      c('Orlando', 'FL', 28.5384, -81.3789, '095', 3),
      c('Tallahassee', 'FL', 30.4383, -84.2807, '073', 1),
    ],
  },
  {
    code: 'PA',
    name: 'Pennsylvania',
    fflRegion: '8',
    irsDistrict: '23',
    dealerWeight: 10,
    crimeWeight: 7,
    role: 'SOURCE',
    cities: [
      c('Philadelphia', 'PA', 39.9526, -75.1652, '101', 6),
      c('Pittsburgh', 'PA', 40.4406, -79.9959, '003', 3),
      c('Allentown', 'PA', 40.6084, -75.4902, '077', 1),
      c('Harrisburg', 'PA', 40.2732, -76.8867, '043', 1),
      c('Chester', 'PA', 39.8496, -75.3557, '045', 1),
    ],
  },
  {
    code: 'OH',
    name: 'Ohio',
    fflRegion: '4',
    irsDistrict: '31',
    dealerWeight: 9,
    crimeWeight: 6,
    role: 'OTHER',
    cities: [
      c('Columbus', 'OH', 39.9612, -82.9988, '049', 3),
      c('Cleveland', 'OH', 41.4993, -81.6944, '035', 3),
      c('Cincinnati', 'OH', 39.1031, -84.512, '061', 2),
      c('Dayton', 'OH', 39.7589, -84.1916, '113', 1),
    ],
  },
  {
    code: 'IL',
    name: 'Illinois',
    fflRegion: '3',
    irsDistrict: '36',
    dealerWeight: 4,
    crimeWeight: 8,
    role: 'OTHER',
    cities: [
      c('Chicago', 'IL', 41.8781, -87.6298, '031', 10),
      c('Rockford', 'IL', 42.2711, -89.094, '201', 1),
      c('Peoria', 'IL', 40.6936, -89.589, '143', 1),
      c('Springfield', 'IL', 39.7817, -89.6501, '167', 1),
    ],
  },
  {
    code: 'TX',
    name: 'Texas',
    fflRegion: '5',
    irsDistrict: '74',
    dealerWeight: 14,
    crimeWeight: 9,
    role: 'OTHER',
    cities: [
      c('Houston', 'TX', 29.7604, -95.3698, '201', 5),
      c('Dallas', 'TX', 32.7767, -96.797, '113', 4),
      c('San Antonio', 'TX', 29.4241, -98.4936, '029', 3),
      c('Austin', 'TX', 30.2672, -97.7431, '453', 2),
      c('El Paso', 'TX', 31.7619, -106.485, '141', 1),
    ],
  },
];

export const STATE_BY_CODE = new Map(STATES.map((s) => [s.code, s]));
export const SOURCE_STATES = STATES.filter((s) => s.role === 'SOURCE').map((s) => s.code);
export const DESTINATION_STATES = STATES.filter((s) => s.role === 'DESTINATION').map((s) => s.code);
