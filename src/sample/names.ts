/**
 * Data for the sample generator: surnames, given-name characters, place-name syllables, a few
 * real rural counties, and common migrant-work destinations. Facts only; the generator
 * combines them into fictional people and places.
 * @module
 */

/**
 * A real county-level unit used as the frame of a sample county.
 *
 * @example
 * ```ts
 * const frame: SampleCountyFrame = SAMPLE_COUNTIES[0]; // 富源县, 云南省曲靖市
 * ```
 * @category Sample data
 */
export interface SampleCountyFrame {
  /** Six-digit GB/T 2260 county code. */
  readonly code: string;
  readonly name: string;
  /** Province and prefecture, for documentation. */
  readonly parent: string;
  /** Approximate latitude and longitude of the county seat (WGS-84 degrees). */
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * A handful of real rural counties in provinces with many left-behind elders, with their
 * division codes and the approximate position of the county seat.
 *
 * @example
 * ```ts
 * SAMPLE_COUNTIES[0]?.name; // '富源县'
 * ```
 * @category Sample data
 */
export const SAMPLE_COUNTIES: readonly SampleCountyFrame[] = [
  { code: '530325', name: '富源县', parent: '云南省曲靖市', latitude: 25.67, longitude: 104.26 },
  { code: '511922', name: '南江县', parent: '四川省巴中市', latitude: 32.35, longitude: 106.84 },
  { code: '620723', name: '临泽县', parent: '甘肃省张掖市', latitude: 39.15, longitude: 100.16 },
  { code: '411523', name: '新县', parent: '河南省信阳市', latitude: 31.64, longitude: 114.88 },
  {
    code: '522727',
    name: '平塘县',
    parent: '贵州省黔南布依族苗族自治州',
    latitude: 25.82,
    longitude: 107.32,
  },
  { code: '360733', name: '会昌县', parent: '江西省赣州市', latitude: 25.6, longitude: 115.79 },
  { code: '430524', name: '隆回县', parent: '湖南省邵阳市', latitude: 27.11, longitude: 111.03 },
  { code: '610826', name: '绥德县', parent: '陕西省榆林市', latitude: 37.5, longitude: 110.26 },
  { code: '500236', name: '奉节县', parent: '重庆市', latitude: 31.02, longitude: 109.46 },
  { code: '421127', name: '黄梅县', parent: '湖北省黄冈市', latitude: 30.07, longitude: 115.94 },
];

/**
 * The year of the division-code list the codes of {@link SAMPLE_COUNTIES} were checked against.
 *
 * @example
 * ```ts
 * const county = { code: '530325', name: '富源县', vintage: SAMPLE_CODE_VINTAGE, townships: [] };
 * ```
 * @category Sample data
 */
export const SAMPLE_CODE_VINTAGE = 2023;

// biome-ignore format: a compact data table
/**
 * Common surnames (姓) with rough weights: approximate per-mille shares of the population of
 * mainland China.
 *
 * @example
 * ```ts
 * SURNAMES[0]; // ['王', 71]
 * ```
 * @category Sample data
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20],
  ['吴', 19], ['周', 19], ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 12],
  ['何', 12], ['林', 11], ['高', 11], ['罗', 11], ['郑', 10], ['梁', 10], ['谢', 8], ['宋', 8],
  ['唐', 8], ['许', 7], ['韩', 7], ['邓', 7], ['冯', 7], ['曹', 7], ['彭', 7], ['曾', 6],
  ['肖', 6], ['田', 6], ['董', 5], ['潘', 5], ['袁', 5], ['蔡', 5], ['蒋', 5], ['余', 5],
  ['于', 5], ['杜', 5], ['叶', 5], ['程', 5], ['魏', 4], ['苏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['卢', 4],
];

// biome-ignore format: a compact data table
/**
 * Given-name characters common among people born before about 1966 (today's elders).
 *
 * @example
 * ```ts
 * ELDER_GIVEN_NAME_CHARACTERS.female[0]; // '秀'
 * ```
 * @category Sample data
 */
export const ELDER_GIVEN_NAME_CHARACTERS = {
  male: [
    '建', '国', '华', '明', '德', '志', '文', '成', '福', '贵', '荣', '生', '春', '林',
    '海', '军', '平', '金', '宝', '山', '永', '忠', '有', '发', '祥', '长', '富', '学',
    '光', '清', '树', '元', '正', '和', '兴', '顺', '保', '庆', '来', '才',
  ],
  female: [
    '秀', '英', '兰', '芳', '珍', '梅', '桂', '玉', '凤', '莲', '琴', '菊', '花', '云',
    '霞', '翠', '淑', '美', '香', '娥', '素', '红', '萍', '群', '芬', '月', '琼', '银',
  ],
} as const;

// biome-ignore format: a compact data table
/**
 * Given-name characters common among people born since about 1966 (children of elders,
 * cadres, volunteers).
 *
 * @example
 * ```ts
 * YOUNGER_GIVEN_NAME_CHARACTERS.male[0]; // '伟'
 * ```
 * @category Sample data
 */
export const YOUNGER_GIVEN_NAME_CHARACTERS = {
  male: [
    '伟', '强', '磊', '勇', '军', '杰', '涛', '斌', '超', '鹏', '浩', '宇', '刚', '平',
    '辉', '健', '峰', '波', '亮', '明', '俊', '飞', '龙', '林', '东', '华', '兵', '坤',
  ],
  female: [
    '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '洁', '琳', '芳', '红', '梅',
    '莉', '倩', '晶', '慧', '娜', '颖', '雪', '丹', '萍', '悦', '琴', '欣', '蓉', '佳',
  ],
} as const;

// biome-ignore format: a compact data table
/**
 * First syllables of rural place names (township and village names).
 *
 * @example
 * ```ts
 * `${PLACE_FIRST_SYLLABLES[0]}${PLACE_SECOND_SYLLABLES[0]}村`; // '石桥村'
 * ```
 * @category Sample data
 */
export const PLACE_FIRST_SYLLABLES: readonly string[] = [
  '石', '龙', '新', '大', '小', '上', '下', '东', '西', '南', '北', '中', '青', '白',
  '黑', '红', '黄', '金', '马', '牛', '凤', '杨', '柳', '松', '竹', '梅', '桃', '李',
  '高', '平', '长', '三', '双', '安', '太', '永', '兴', '和', '丰', '清', '沙', '古',
  '官', '团', '胜', '民', '福', '宝', '鹿', '鹤', '茶', '桑', '麻', '瓦', '盘', '龟',
];

// biome-ignore format: a compact data table
/**
 * Second syllables of rural place names: landforms and settlement words.
 *
 * @example
 * ```ts
 * `${PLACE_FIRST_SYLLABLES[1]}${PLACE_SECOND_SYLLABLES[4]}乡`; // '龙坝乡'
 * ```
 * @category Sample data
 */
export const PLACE_SECOND_SYLLABLES: readonly string[] = [
  '桥', '河', '山', '坪', '坝', '沟', '湾', '岭', '田', '冲', '寨', '庄', '堡', '口',
  '塘', '溪', '岩', '坡', '林', '源', '水', '洞', '营', '铺', '屯', '集', '场', '店',
  '滩', '岗', '园', '关', '阳', '丰', '安', '兴', '家', '峰', '泉', '垭', '坳', '井',
];

// biome-ignore format: a compact data table
/**
 * Chinese numerals 一 … 十, for villager-group names (一组 … 十组).
 *
 * @example
 * ```ts
 * `${CHINESE_NUMERALS[2]}组`; // '三组'
 * ```
 * @category Sample data
 */
export const CHINESE_NUMERALS: readonly string[] = [
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/**
 * Common destinations of migrant work (外出务工), as city- or province-level division codes.
 *
 * @example
 * ```ts
 * MIGRATION_DESTINATIONS[0]; // ['440300', '广东省深圳市', 14]
 * ```
 * @category Sample data
 */
export const MIGRATION_DESTINATIONS: readonly (readonly [
  code: string,
  name: string,
  weight: number,
])[] = [
  ['440300', '广东省深圳市', 14],
  ['441900', '广东省东莞市', 12],
  ['440100', '广东省广州市', 10],
  ['440600', '广东省佛山市', 6],
  ['320500', '江苏省苏州市', 8],
  ['330100', '浙江省杭州市', 7],
  ['330200', '浙江省宁波市', 5],
  ['310000', '上海市', 8],
  ['110000', '北京市', 5],
  ['350200', '福建省厦门市', 4],
];

// biome-ignore format: a compact data table
/**
 * Three-digit prefixes of mainland mobile numbers in wide use.
 *
 * @example
 * ```ts
 * `${MOBILE_PREFIXES[8]}00138000`; // '13800138000'
 * ```
 * @category Sample data
 */
export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151',
  '152', '153', '155', '156', '157', '158', '159', '177', '180', '181', '182', '183',
  '185', '186', '187', '188', '189', '191', '198', '199',
];
