/**
 * A small generic gazetteer: the world's countries, capitals, large cities, regions and U.S.
 * states, plus nationality adjectives. Nothing here is chosen for a particular story; it is the
 * kind of list any atlas index gives. Keys are lower-case, words separated by single spaces.
 */

function toNameSet(names: string): ReadonlySet<string> {
  return new Set(
    names
      .split("|")
      .map((name) => name.trim().toLowerCase().replace(/\s+/g, " "))
      .filter(Boolean),
  );
}

const COUNTRIES = `afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|
australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|
bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|
cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|
congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|
dominican republic|east timor|timor-leste|ecuador|egypt|el salvador|equatorial guinea|eritrea|
estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|
guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|
ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|
kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|
madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|
micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|
nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|
pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|
romania|russia|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|seychelles|
sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|
south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkiye|türkiye|turkmenistan|tuvalu|uganda|
ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england|scotland|
wales|northern ireland|united states|united states of america|us|u.s.|usa|u.s.a.|america|uruguay|
uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|hong kong|macau|greenland|
puerto rico|gaza|gaza strip|west bank|golan heights|crimea|donbas|kashmir|tibet|xinjiang|
nagorno-karabakh|karabakh|abkhazia|transnistria|western sahara|somaliland|kurdistan`;

const CAPITALS_AND_CITIES = `kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|vienna|baku|
nassau|manama|dhaka|minsk|brussels|thimphu|la paz|sarajevo|gaborone|brasilia|brasília|sofia|
ouagadougou|phnom penh|yaounde|ottawa|n'djamena|santiago|beijing|bogota|bogotá|kinshasa|
brazzaville|san jose|zagreb|havana|nicosia|prague|copenhagen|djibouti|santo domingo|quito|cairo|
san salvador|asmara|tallinn|addis ababa|helsinki|paris|libreville|tbilisi|berlin|accra|athens|
guatemala city|conakry|georgetown|port-au-prince|tegucigalpa|budapest|reykjavik|new delhi|delhi|
jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|rome|kingston|tokyo|amman|astana|nur-sultan|
almaty|nairobi|pristina|kuwait city|bishkek|vientiane|riga|beirut|maseru|monrovia|tripoli|vilnius|
antananarivo|lilongwe|kuala lumpur|male|bamako|valletta|nouakchott|mexico city|chisinau|
ulaanbaatar|ulan bator|podgorica|rabat|maputo|naypyidaw|yangon|windhoek|kathmandu|amsterdam|
the hague|wellington|managua|niamey|abuja|lagos|pyongyang|skopje|oslo|muscat|islamabad|karachi|
lahore|ramallah|panama city|asuncion|lima|manila|warsaw|lisbon|doha|bucharest|moscow|
saint petersburg|st petersburg|kigali|riyadh|jeddah|mecca|dakar|belgrade|freetown|bratislava|
ljubljana|mogadishu|pretoria|cape town|johannesburg|seoul|juba|madrid|barcelona|colombo|khartoum|
stockholm|bern|geneva|zurich|damascus|aleppo|taipei|dushanbe|dodoma|dar es salaam|bangkok|lome|
tunis|ankara|istanbul|ashgabat|kampala|kyiv|kiev|kharkiv|odesa|odessa|abu dhabi|dubai|london|
washington|new york|los angeles|chicago|houston|san francisco|miami|boston|montevideo|tashkent|
samarkand|caracas|hanoi|ho chi minh city|sanaa|lusaka|harare|shanghai|hong kong|shenzhen|
guangzhou|mumbai|bangalore|bengaluru|kolkata|chennai|karachi|osaka|sydney|melbourne|toronto|
montreal|vancouver|sao paulo|são paulo|rio de janeiro|munich|frankfurt|hamburg|milan|naples|
marseille|lyon|manchester|birmingham|edinburgh|glasgow|st. petersburg|haifa|tabriz|mosul|basra|
erbil|benghazi|aden|gaza city|rafah|khan younis|brussels|strasbourg|luxembourg|vatican city|
davos|brunei|singapore`;

const REGIONS = `africa|asia|europe|north america|south america|latin america|central america|
oceania|antarctica|arctic|middle east|near east|far east|central asia|south asia|east asia|
southeast asia|south-east asia|west asia|eastern europe|western europe|central europe|
northern europe|southern europe|balkans|baltics|caucasus|south caucasus|north caucasus|
scandinavia|nordics|sahel|horn of africa|north africa|west africa|east africa|southern africa|
sub-saharan africa|maghreb|levant|gulf|persian gulf|arabian peninsula|mediterranean|caribbean|
pacific|atlantic|indian ocean|black sea|caspian|caspian sea|red sea|south china sea|
east china sea|baltic sea|north sea|strait of hormuz|suez canal|indo-pacific|eurasia|
transcaucasia|the west|west|siberia|patagonia|kurdistan region|donbass|sinai|negev`;

const US_STATES = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|
hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|
michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|
new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming`;

/** Place names (countries, capitals, large cities, regions, U.S. states), lower-case. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...toNameSet(COUNTRIES),
  ...toNameSet(CAPITALS_AND_CITIES),
  ...toNameSet(REGIONS),
  ...toNameSet(US_STATES),
]);

/** The most words a PLACE_NAMES key has ("united states of america"). */
export const MAX_PLACE_WORDS = 4;

/** Nationality and religion adjectives; they describe, they do not name ("Israeli officials"). */
export const DEMONYMS: ReadonlySet<string> =
  toNameSet(`afghan|albanian|algerian|american|angolan|
arab|argentine|argentinian|armenian|asian|australian|austrian|azerbaijani|azeri|bahraini|
bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian|british|bulgarian|burmese|cambodian|
cameroonian|canadian|caribbean|caucasian|chilean|chinese|colombian|congolese|croatian|cuban|
cypriot|czech|danish|dutch|ecuadorian|egyptian|emirati|english|eritrean|estonian|ethiopian|
european|filipino|finnish|french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|
hungarian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|
japanese|jordanian|kazakh|kazakhstani|kenyan|korean|kosovar|kurdish|kuwaiti|kyrgyz|lao|latvian|
lebanese|libyan|lithuanian|macedonian|malagasy|malaysian|malian|maltese|mexican|moldovan|
mongolian|montenegrin|moroccan|nepalese|nepali|nigerian|nigerien|norwegian|omani|pakistani|
palestinian|panamanian|paraguayan|persian|peruvian|polish|portuguese|qatari|romanian|russian|
rwandan|saudi|scottish|senegalese|serbian|singaporean|slovak|slovenian|somali|spanish|
sri lankan|sudanese|swedish|swiss|syrian|taiwanese|tajik|tanzanian|thai|tunisian|turkish|turkic|
turkmen|ugandan|ukrainian|uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|
zimbabwean|african|latin|nordic|baltic|balkan|slavic|soviet|post-soviet|western|eastern|
northern|southern|central|gulf|middle eastern|mediterranean|christian|muslim|jewish|islamic|
catholic|protestant|orthodox|sunni|shia|shiite|hindu|buddhist|sikh|zionist|kremlin-backed|
pro-russian|pro-western`);

/**
 * Last words that make a capitalised run a place: "Gaza Strip", "Persian Gulf", "Red Sea".
 * "Bank" is deliberately absent (World Bank is an organisation; West Bank is in the list above).
 */
export const PLACE_SUFFIX_WORDS: ReadonlySet<string> =
  toNameSet(`gulf|sea|ocean|strait|straits|river|
mountains|mountain|island|islands|peninsula|bay|lake|valley|strip|province|region|oblast|county|
district|heights|desert|coast|plateau|basin|canal|city|corridor`);

/** true for a place name spelled as one word with a "-stan" ending ("Tajikistan"). */
export function hasPlaceSuffix(lower: string): boolean {
  return lower.length > 5 && lower.endsWith("stan");
}
