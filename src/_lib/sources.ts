/**
 * (In _lib so that i18n, which may import only types from models, can read the table; it is
 * public through guanai/models.)
 *
 * The source documents guanai's rules come from: the items (S01 … S18) of one web compilation
 * of rural elder-care texts. Citations name an item and a line of that compilation
 * (`S14 L359`); this table gives each cited item's own heading, who issued it, its date as far
 * as the text states one, and the sentences the library takes from each cited line, verbatim
 * (the compilation's mixed ASCII and full-width punctuation and its stray `'` and `.` kept).
 * Only what the texts say: an issuer or date the text does not state is marked so, not guessed.
 */

/**
 * The compilation every source item was published in: its title, its date and author as its
 * header gives them (「时间:2023-12-03 11:50:11 作者:ZS文王」).
 *
 * @example
 * ```ts
 * SOURCE_COMPILATION.title; // '关爱留守老人新闻稿(优质18篇)'
 * ```
 * @category Sources
 */
export const SOURCE_COMPILATION = {
  title: '关爱留守老人新闻稿(优质18篇)',
  published: '2023-12-03',
  author: 'ZS文王',
} as const;

/**
 * What kind of text a source item is: a news release on one event, a plan for one activity,
 * a summary of one, or a standing work plan (实施方案, 工作机制) of a government.
 *
 * @example
 * ```ts
 * const kind: SourceKind = SOURCES.S14.kind; // 'implementationPlan'
 * ```
 * @category Sources
 */
export type SourceKind =
  | 'newsRelease'
  | 'activityPlan'
  | 'activitySummary'
  | 'volunteerPlan'
  | 'workMechanism'
  | 'implementationPlan';

/**
 * One source item of the compilation.
 *
 * @example
 * ```ts
 * const s18: SourceDocument = SOURCES.S18;
 * s18.quotes[515]?.[0]?.slice(0, 15); // '空巢老人和学龄前留守儿童由乡'
 * ```
 * @category Sources
 */
export interface SourceDocument {
  /** The item's number, `S01` … `S18`. */
  readonly id: string;
  /** The item's own heading as published (several items share one web heading). */
  readonly title: string;
  readonly kind: SourceKind;
  /** Who issued it, in the text's own words (`某乡` where the text names no place). */
  readonly issuer: string;
  /** `YYYY-MM-DD` or `YYYY-MM`, only where the text gives the year. */
  readonly date?: string;
  /** The text's own words for a date without a year (`9月29日`, `20xx年…`), else absent. */
  readonly dateStated?: string;
  /** The higher document the item says it carries out, verbatim. */
  readonly basis?: string;
  /** First and last line of the item in the compilation. */
  readonly lines: readonly [number, number];
  /** Another item with the same text (the compilation holds duplicates). */
  readonly sameAs?: string;
  /** For each cited line, the sentences the library takes from it, verbatim. */
  readonly quotes: Readonly<Record<number, readonly string[]>>;
}

const LEFT_BEHIND_DEFINITION =
  '农村留守老年人是指因子女全部离开县域范围外出务工或经商等半年以上、留在农村生活、身边没有赡养人或者是赡养人没有赡养能力的60周岁以上老年人。';
const EMPTY_NEST_DEFINITION =
  '“空巢老人”一般是指当子女由于学习、工作、结婚、外出打工等原因而离家后的中老年夫妇或独居老人。';
const LEFT_BEHIND_CHILD_DEFINITION =
  '留守儿童指的是父母在外打工,子女留在家中,由爷爷、奶奶或亲戚朋友等照料而形成的特殊群体。';
const CENSUS =
  '从20xx年开始,每年春季(3月)、秋季(9月),组织开展本辖区内空巢老人和农村留守儿童普查登记工作。';
const TEN_PERSON_LINK =
  '一般采取“十人一联”,让他们相互探望、相互关照、相互帮助、相互学习、相互通气,同时,若遇有重大情况(如生病及其他天灾人祸)向村(社区)、组干部报告';
const WORK_MECHANISM = '某乡（文中称“全乡”，乡名未载明）';

/**
 * Every source item guanai cites, by its number. The items the library does not cite (single
 * events, with no rule in them) are not listed.
 *
 * @example
 * ```ts
 * SOURCES.S14.basis; // '云南省民政厅等9部门《关于加强农村留守老年人关爱服务工作的实施意见》(云民福〔2018〕19号)'
 * ```
 * @category Sources
 */
export const SOURCES = {
  S01: {
    id: 'S01',
    title: '社区关爱老人活动新闻稿',
    kind: 'newsRelease',
    issuer: '长庆社区党委、居委会、新时代文明实践站，成都市金牛区众和社会工作服务中心',
    date: '2022-09-29',
    lines: [7, 15],
    quotes: {},
  },
  S02: {
    id: 'S02',
    title: '社区关爱老人活动新闻稿',
    kind: 'newsRelease',
    issuer: '稔岗社区',
    dateStated: '9月29日',
    lines: [17, 25],
    quotes: {},
  },
  S08: {
    id: 'S08',
    title: '关爱留守老人活动总结',
    kind: 'activitySummary',
    issuer: '某高校团组织（团日活动，名称未载明）',
    dateStated: '20xx.12.15',
    lines: [153, 185],
    quotes: {
      175: [
        '把关心好、服务好空巢老人作为工作的出发点和落脚点以日常生活不能完全自理的空巢老人为重点着力解决他们最关心、最迫切的现实问题。',
      ],
    },
  },
  S10: {
    id: 'S10',
    title: '关爱留守老人活动方案',
    kind: 'workMechanism',
    issuer: WORK_MECHANISM,
    lines: [199, 243],
    sameAs: 'S18',
    quotes: {
      201: [EMPTY_NEST_DEFINITION],
      203: [LEFT_BEHIND_CHILD_DEFINITION],
      207: [CENSUS],
      233: [TEN_PERSON_LINK],
    },
  },
  S12: {
    id: 'S12',
    title: '关爱留守老人活动方案',
    kind: 'volunteerPlan',
    issuer: '某乡党委、政府（文中称“本乡”，乡名未载明）',
    lines: [275, 313],
    quotes: {
      281: ['以村依托,由包村干部牵头'],
      283: [
        '采取多种方式,为空巢老人特别是高龄空巢老人提供生活照料、心理抚慰、健康保健、应急救助、文体娱乐、法律援助等服务,积极为他们排忧解难。',
      ],
      285: [
        '采取组织志愿者上门等方式,定期了解空巢老人的身体状况和生活情况,开展帮助老人做饭、打扫卫生、洗衣服被褥、购买生活必需品等志愿服务',
      ],
      287: ['不定期地为精神寂寞和有心理疾患的空巢老人开展精神关怀服务'],
      297: [
        '按照就近就便的原则,实行“一对一”或“多对一”的服务模式',
        '组织乡村干部、党员和志愿者定期上门服务',
        '三是组织医务人员定期上门进行健康检查',
        "四是安排邻里结对帮扶。让邻里经常性的'过问,帮助料理生活起居和解决生活中的一些实际困难;",
        '五是由乡政府安排资金,逢年过节开展上门慰问;',
      ],
      305: ['第四阶段:督导检查(8月与12月)。'],
    },
  },
  S14: {
    id: 'S14',
    title: '关爱留守老人活动方案',
    kind: 'implementationPlan',
    issuer: '云南省某州（文中称“我州”“州民政局”，州名未载明）',
    basis:
      '云南省民政厅等9部门《关于加强农村留守老年人关爱服务工作的实施意见》(云民福〔2018〕19号)',
    lines: [355, 387],
    quotes: {
      359: [LEFT_BEHIND_DEFINITION],
      363: ['以经济困难家庭的高龄、失能留守老年人为重点对象'],
      365: [
        '各县(市)要组织对辖区内因子女或其他赡养义务人全部离开县域范围外出半年以上、留在农村生活的60周岁以上老人进行全面排查',
        '建立健全详实完备的信息台账,实行分类动态管理。',
      ],
      367: [
        '子女因外出务工等原因不能履行赡养义务的,应委托亲属等其他有能力的人代为照顾并妥善安排老人生活,同时向村(居)民委员会及时、如实报告去向、联系方式等信息。',
        '对患有严重疾病、已经丧失自理能力的老年人,家庭内部应协商至少留下1名子女在家照料。',
      ],
      369: [
        '以电话问候、上门访问等方式、定期探访留守老年人',
        '将存在安全风险和生活困难的留守老年人作为重点帮扶对象,村民委员会要及时通知并督促其子女和其他家庭成员予以照顾,同时报告乡镇人民政府。',
      ],
      375: [
        '在满足农村特困人员集中供养需求的同时,向有需求的农村留守老人开放,对经济困难的失能半失能农村留守老人提供低收费照料服务。',
        '为农村老年人特别是低收入、独居、空巢、高龄和失能老年人提供就近便利的服务。',
      ],
      377: [
        '将符合条件的.农村留守老人全部纳入最低生活保障范围。',
        '将符合条件的贫困留守老人及时纳入医疗救助范围',
        '认真落实高龄补贴制度,为符合条件的留守老人及时发放补贴。',
      ],
      379: [
        '建立信息共享和动态管理的农村留守老年人信息台账。',
        '重点排查经济困难家庭的高龄、失能留守老年人',
        '县(市)级层面要掌握辖区留守老年人数量规模、基本分布、主要特征等总体信息。',
        '村(居)民委员会要落实专人通过电话问候、上门访问等方式,及时了解或评估农村留守老年人生活情况、家庭赡养责任落实情况,将相关信息及时更新到留守老年人台账',
        '对独居、失能、贫困、高龄等特殊困难留守老年人要随时跟踪掌握情况并及时实施关爱救助',
        '发现留守老年人外出流浪乞讨、遭受非法侵害、发生危重病情、患有严重精神疾病、面临重大困境等情况时,要及时向村(居)委会、乡镇人民政府或县(市)级民政部门报告,紧急处置后,由乡镇人民政府依据有关要求和分工实施关爱救助。',
      ],
    },
  },
  S16: {
    id: 'S16',
    title: '农村留守老人关爱方案',
    kind: 'implementationPlan',
    issuer: '临泽县某镇（文中称“我镇”，镇名未载明）',
    basis:
      '《临泽县持续深入开展农村留守老人妇女儿童和特困群众关爱服务行动实施方案》(临农领发〔2022〕11号)',
    lines: [419, 447],
    quotes: {
      431: [
        '组织村社干部对各村60周岁以上农村留守老年人家庭经济状况、生活状况进行全面调查摸底,建立以空巢、高龄、特困、失能等为主的农村留守老人信息档案',
        '由村“两委”班子成员、妇联支委每人具体联系一名或者多名留守老人,定期通过电话联系、入户走访等方式全面了解和掌握留守老人不同需求、不同困难情况',
        '各村要督促村医和政府购买服务第三方服务机构护理人员,定期为留守老人提供打扫卫生、洗衣做饭、理发、测量血压血糖、送餐助餐、送药助医、代购代买等贴心服务',
      ],
      435: ['发挥好各村儿童主任和“爱心妈妈”作用'],
      437: [
        '加强对脱贫不稳定户、边缘易致贫户的动态监测,持续关注鳏寡孤独、低保户、五保户、残疾人等特困群众生活状况',
      ],
      447: ['并将工作落实情况纳入年底镇上对村级工作进行考核的一项重要依据'],
    },
  },
  S17: {
    id: 'S17',
    title: '关爱留守老人活动方案',
    kind: 'volunteerPlan',
    issuer: 'xx镇（镇名未载明）',
    dateStated: '20xx年3月',
    lines: [449, 483],
    quotes: {
      457: [
        '全镇留守儿童(六到十四周岁父母常年或连续三个月外出务工的在家儿童和孤儿、遗弃儿童及单亲家庭儿童),全镇空巢老人(孤寡老人、“五保户”、“三无”人员、子女不在本镇工作身边无人照顾的高龄老人)。',
      ],
      459: [
        '采取志愿者和干部职工联动“多带一”结对帮扶的方式',
        '一个身体健康、家庭健全的低龄老年志愿者(空巢老人邻居)和一个志愿者(或干部职工)结对帮扶一个空巢老人。',
      ],
      465: ['2.每月为空巢老人组织一次文化、生活服务。'],
    },
  },
  S18: {
    id: 'S18',
    title: '关爱留守老人活动方案',
    kind: 'workMechanism',
    issuer: WORK_MECHANISM,
    lines: [485, 529],
    sameAs: 'S10',
    quotes: {
      487: [EMPTY_NEST_DEFINITION],
      489: [LEFT_BEHIND_CHILD_DEFINITION],
      493: [CENSUS],
      497: ['实行村、组党员干部包保责任制。'],
      501: [
        '民政部门将符合农村低保条件的空巢老人和留守儿童家庭,纳入最低生活保障。落实高龄老人生活补贴制度。',
      ],
      515: [
        '空巢老人和学龄前留守儿童由乡、村干部包保,乡包保干部要保证每周走访一次,村包保干部要及时掌握空巢老人和留守儿童的家庭、生活情况,做好走访日志记录,每月与空巢老人子女、留守儿童父母进行一次电话、短信或网络交流,互通情况,增强空巢老人子女和留守儿童父母的责任意识;',
        '义务教育阶段留守儿童由教师包保,建立教师家访制度,每月至少走访一次',
      ],
      517: ['本着就近就亲的原则,以组为单位组建“老老互助组织”。'],
      519: [TEN_PERSON_LINK],
      521: [
        '组建由村组干部、党团员、退伍军人、退休教师、回乡知识青年为主体的志愿者服务队伍,健全志愿者服务机制,保证每周走访一次空巢老人和留守儿童,并形成走访日志。',
      ],
    },
  },
} as const satisfies Readonly<Record<string, SourceDocument>>;

/**
 * The number of a source item guanai cites.
 *
 * @example
 * ```ts
 * const id: SourceId = 'S14';
 * ```
 * @category Sources
 */
export type SourceId = keyof typeof SOURCES;
