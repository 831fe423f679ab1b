import type {
  ArgumentRule,
  FactPathProblem,
  NameKind,
  RRuleProblem,
  SizeKind,
  WorkKind,
} from '../errors/index.js';
import type { CaregiverRole } from '../models/index.js';
import { formatPath } from './formatPath.js';
import { labelOr } from './labelOr.js';
import type { LocaleData } from './types.js';

const list = (items: readonly unknown[]) => items.map(String).join('、');
const bound = (inclusive: boolean, value: number, more: boolean) =>
  `${more ? (inclusive ? '不少于' : '多于') : inclusive ? '不超过' : '少于'} ${value}`;
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  undefined: '空缺',
  null: '空值(null)',
};
const NAME_KINDS_ZH: Readonly<Record<NameKind, string>> = {
  preset: '预设计划',
  festival: '节日',
  quotaPeriod: '定额周期',
};
const ARGUMENT_RULES: Readonly<Record<ArgumentRule, string>> = {
  integer: '应为整数',
  nonNegativeInteger: '应为非负整数',
  positiveInteger: '应为正整数',
  maskHidesSomething: '保留的位数过多，至少要隐去一位',
  ledgerKind: '应为 elders、caregivers、pairings 或 visitRecords',
  rowsOfCells: '应为若干行，每行为若干单元格',
  finiteNumber: '应为有限的数',
  plainDate: '应为 YYYY-MM-DD 格式的真实日期',
  array: '应为列表',
  object: '应为对象',
  string: '应为文本',
  csvDelimiter: '应为逗号、制表符或分号',
  fileContent: '应为文件内容的字节（Uint8Array 或 ArrayBuffer；CSV 也可为文本）',
  function: '应为函数',
  // Ledger files: facts.
  boolean: '应为 true 或 false',
  ledgerLists:
    '只能列出 children（子女）、otherSupportObligors（其他赡养人）或 entrustedCarer（委托照料人）',
  eldersOnly: '仅用于老年人台账（kind: elders）',
  matchOfOccurrences: '须是这些计划走访的匹配结果（用同一列表调用 matchRecords）',
};
const WORK_KINDS: Readonly<Record<WorkKind, string>> = {
  recurrenceSteps: '个重复规则候选日期',
  periods: '个计划周期',
  amendmentChain: '条连环更正记录',
  workingDaySearch: '天（查找工作日）',
};
const SIZE_KINDS: Readonly<Record<SizeKind, string>> = {
  fileBytes: '字节（文件）',
  unpackedBytes: '字节（解压后）',
  cells: '个单元格',
  rows: '行',
  textLength: '个字符（单个值）',
};
const CELL_KINDS = {
  integer: '整数',
  number: '数字',
  boolean: '是或否',
  json: '有效的 JSON',
} as const;
const typeName = (type: string) => TYPE_NAMES[type] ?? type;

const REFERENCE_KINDS = {
  elder: '老人',
  caregiver: '帮扶人员',
  agent: '承担方',
  job: '任务',
  visitRecord: '走访记录',
  occurrence: '计划走访',
} as const;

const RRULE_PROBLEMS: Readonly<Record<RRuleProblem, string>> = {
  syntax: '应为“名称=值”',
  unknownName: '不是 RFC 5545 / RFC 7529 定义的规则项',
  repeated: '重复出现',
  badValue: '取值无效',
  missingFreq: '缺少 FREQ',
  countWithUntil: 'COUNT 与 UNTIL 不能同时使用',
  skipWithoutRscale: 'SKIP 须与 RSCALE 同用',
  leapMonthWithoutRscale: '闰月须与农历 RSCALE=CHINESE 同用',
  unsupported: '暂不支持',
  unknownLine: '只能是 DTSTART、RRULE、RDATE 或 EXDATE 行',
  missingStart: '缺少 DTSTART 行',
  neverMatches: '从 DTSTART 起永远不会命中',
};

const FACT_PATH_PROBLEMS_ZH: Readonly<Record<FactPathProblem, string>> = {
  unknownField: '老人档案中没有这一项',
  fixed: '老人编号不可更改',
  notAList: '这一项不是可以追加的列表',
  indexOutOfRange: '列表中没有这一位置的项',
};
const REPORT_RECIPIENTS_ZH = {
  villageCommittee: '村（居）委会',
  townshipGovernment: '乡镇人民政府',
  countyCivilAffairs: '县（市）级民政部门',
} as const;
const CAREGIVER_ROLES_ZH: Readonly<Record<CaregiverRole, string>> = {
  townshipResponsibleCadre: '乡包保干部',
  villageResponsibleCadre: '村包保干部',
  villageLiaisonCadre: '包村干部',
  villageGroupPartyCadre: '村组党员干部',
  villageCommitteeMember: '村“两委”班子成员',
  womensFederationBranchMember: '妇联支委',
  childrenDirector: '儿童主任',
  villageDoctor: '村医',
  familyDoctor: '家庭医生',
  medicalWorker: '医务人员',
  contractedCareWorker: '第三方服务机构护理人员',
  teacher: '教师',
  socialWorker: '社会工作者',
  partyMemberVolunteer: '党员志愿者',
  youthVolunteer: '青年志愿者',
  womenVolunteer: '妇女志愿者',
  studentVolunteer: '学生志愿者',
  youngOldVolunteer: '低龄老年志愿者',
  communityVolunteer: '社会志愿者',
  cadreVolunteer: '干部职工',
  neighbour: '邻里',
  eldersAssociationMember: '老年协会会员',
  familyEntrustedCarer: '受委托照料人',
};
const SUBJECT_GROUPS_ZH: Readonly<Record<string, string>> = {
  emptyNestElder: '空巢老人',
  leftBehindElder: '留守老人',
  preschoolChild: '学龄前留守儿童',
  compulsoryChild: '义务教育阶段留守儿童',
};
const AREAS_ZH: Readonly<Record<string, string>> = {
  group: '村民小组',
  village: '村',
  township: '乡镇',
  county: '县',
  any: '地区',
};

/**
 * Simplified Chinese (简体中文): issue messages, labels, reason sentences and the words of
 * explanations. The default locale.
 *
 * @example
 * ```ts
 * zhCN.issues.resident_id_checksum({ expected: 'X', actual: '1' });
 * // '公民身份号码校验码错误：应为 X，实为 1'
 * ```
 * @category Locales
 */
export const zhCN: LocaleData = {
  locale: 'zh-CN',
  row: (n) => `第 ${n} 行`,
  column: (heading) => `「${heading}」`,
  separator: '：',
  issues: {
    invalid_type: (p) =>
      p.received === 'undefined'
        ? '缺少必填项'
        : `应为${typeName(p.expected)}，实为${typeName(p.received)}`,
    too_small: (p) =>
      p.origin === 'string' && p.minimum === 1
        ? '不能为空'
        : `应${bound(p.inclusive, p.minimum, true)}${p.origin === 'string' ? ' 个字符' : p.origin === 'array' ? ' 项' : ''}`,
    too_big: (p) =>
      `应${bound(p.inclusive, p.maximum, false)}${p.origin === 'string' ? ' 个字符' : p.origin === 'array' ? ' 项' : ''}`,
    invalid_format: (p) => `格式不正确（${p.format}）`,
    invalid_value: (p) => `取值无效，可选：${list(p.allowed)}`,
    unrecognized_keys: (p) => `含有无法识别的字段：${list(p.keys)}`,
    invalid_union: () => '不符合任何一种允许的形式',
    not_multiple_of: (p) => `应为 ${p.divisor} 的倍数`,
    invalid_input: () => '输入无效',
    invalid_plain_date: (p) => `“${p.value}”不是有效日期（应为 YYYY-MM-DD，且该日存在）`,
    invalid_time_of_day: (p) => `“${p.value}”不是有效时刻（应为 HH:mm）`,
    invalid_plain_date_time: (p) => `“${p.value}”不是有效的日期时间（应为 YYYY-MM-DDTHH:mm）`,
    range_reversed: (p) => `结束（${p.to}）早于开始（${p.from}）`,
    date_after_as_of: (p) => `日期 ${p.date} 晚于统计日 ${p.asOf}`,
    range_too_long: (p) => `日期范围过长：${p.days} 天，一次最多 ${p.maximum} 天`,
    date_out_of_range: (p) => `日期 ${p.value} 超出 ${p.first} 至 ${p.last} 的范围`,
    not_finite: (p) => `应为有限的数，实为 ${p.value}`,
    too_many_occurrences: (p) => `重复规则产生的次数超过上限 ${p.limit} 次`,
    rrule_invalid: (p) => `重复规则“${p.part}”有误：${RRULE_PROBLEMS[p.problem]}`,
    zero_not_allowed: () => '不能为 0',
    duplicate_value: (p) => `“${p.value}”重复`,
    window_points_order: (p) =>
      `时间窗口有误：到期后第 ${p.expiresAfter} 天即失效，早于逾期起始（第 ${p.overdueAfter} 天）`,
    window_cadence_mismatch: (p) =>
      `时间窗口“${p.window}”与频次“${p.cadence}”不匹配：按周期计的窗口只用于定额频次`,
    holiday_date_outside_year: (p) => `日期 ${p.date} 不在 ${p.year} 年节假日安排的范围内`,
    makeup_workday_not_weekend: (p) => `调休上班日 ${p.date} 不是周六或周日`,
    holiday_overlap: (p) => `日期 ${p.date} 已在节假日安排中`,
    holiday_year_known: (p) =>
      `已有 ${p.year} 年的全国节假日安排；地方节假日请用 scope: 'local' 添加`,
    local_holiday_needs_name: () => '地方节假日须填写名称',
    policy_overlap: (p) =>
      `${p.jurisdiction === 'national' ? '全国' : p.jurisdiction} 的政策“${p.first}”与“${p.second}”生效期重叠`,
    policy_gap: (p) =>
      `${p.jurisdiction === 'national' ? '全国' : p.jurisdiction} 在 ${p.from} 至 ${p.to} 没有生效的政策（“${p.after}”与“${p.before}”之间）`,
    policy_conflict: (p) => `政策参数 ${p.parameter} 与 ${p.other} 相互矛盾`,
    policy_unchecked: () => '该政策未经校验：请先用 parsePolicy 校验（或使用 DEFAULT_POLICY）',
    lunar_date_invalid: (p) =>
      `农历 ${p.year} 年${p.isLeapMonth ? '闰' : ''}${p.month} 月${p.day} 日不存在`,
    lunar_date_out_of_range: (p) => `日期 ${p.date} 超出农历数据范围（${p.first} 至 ${p.last}）`,
    lunar_year_out_of_range: (p) => `农历年 ${p.year} 超出数据范围（${p.first}–${p.last}）`,
    resident_id_format: (p) =>
      `公民身份号码应为 18 位（或旧式 15 位）数字，末位可为 X；实为 ${p.length} 位`,
    resident_id_checksum: (p) => `公民身份号码校验码错误：应为 ${p.expected}，实为 ${p.actual}`,
    resident_id_birth_date: (p) => `公民身份号码中的出生日期 ${p.digits} 不存在`,
    birth_date_mismatch: (p) =>
      `出生日期 ${p.birthDate} 与公民身份号码中的 ${p.fromResidentId} 不一致`,
    sex_mismatch: (p) =>
      `性别（${p.sex === 'male' ? '男' : '女'}）与公民身份号码（${p.fromResidentId === 'male' ? '男' : '女'}）不一致`,
    phone_format: () => '电话号码应为 11 位手机号或带区号的固定电话',
    region_code_format: (p) => `“${p.value}”不是有效的行政区划代码（6 位或 12 位）`,
    region_code_level: (p) =>
      `行政区划层级不符：应为${list(p.expected.map((level) => zhCN.labels.regionLevel[level]))}，实为${zhCN.labels.regionLevel[p.actual]}`,
    region_outside_parent: (p) => `区划代码 ${p.code} 不属于上级 ${p.parent}`,
    duplicate_id: (p) => `编号“${p.id}”重复（首次出现于 ${formatPath(p.firstPath)}）`,
    unknown_reference: (p) => `找不到${REFERENCE_KINDS[p.kind]}“${p.id}”`,
    visit_outcome_conflict: (p) =>
      p.fact === 'channel'
        ? '“电话未接通”只适用于电话联系'
        : p.outcome === 'completed'
          ? '已完成的走访不应填写未完成原因'
          : '未完成的走访须填写原因',
    service_task_category: (p) =>
      `服务事项“${labelOr(zhCN.labels.serviceTask, p.task)}”属于“${labelOr(zhCN.labels.serviceCategory, p.category)}”，但记录未列出该类别`,
    amendment_cycle: (p) => `更正记录“${p.id}”形成循环更正`,
    living_arrangement_conflict: (p) =>
      `居住方式“${labelOr(zhCN.labels.livingArrangement, p.livingArrangement)}”与 ${p.fact} 矛盾`,
    child_facts_conflict: (p) => `子女信息自相矛盾（${p.fact}）`,
    economic_status_conflict: (p) =>
      `记录为“${labelOr(zhCN.labels.economicHardshipStatus, p.status)}”，与“经核查不属于任何经济困难情形”矛盾`,
    pairing_member_count: (p) =>
      `“${labelOr(zhCN.labels.pairingPattern, p.pattern)}”应有 ${p.minimum}${p.maximum === p.minimum ? '' : `–${p.maximum}`} 名在岗成员，实有 ${p.actual} 名`,
    pairing_primary_count: (p) => `结对须有且仅有 1 名主责人，实有 ${p.actual} 名`,
    pairing_member_duplicate: (p) => `帮扶人员“${p.caregiverId}”在同一结对中重复出现`,
    mutual_aid_member_duplicate: (p) => `老人“${p.elderId}”在同一老老互助组中重复出现`,
    mutual_aid_leader_not_member: (p) => `老老互助组组长“${p.leaderId}”须是本组成员`,
    pairing_end_incomplete: () => '已结束的结对须填写结束日期和结束原因',
    duplicate_correction: (p) =>
      `记录“${p.id}”已有更正（见 ${formatPath(p.firstPath)}），请更正那条更正记录，不要再次更正原记录`,
    duty_plan_role: (p) =>
      `职责 ${p.duty} 要求的计划 ${p.preset} 由${labelOr(CAREGIVER_ROLES_ZH, p.role)}承担，不是该职责允许的角色`,
    duty_group_uncovered: (p) => `没有职责覆盖${labelOr(SUBJECT_GROUPS_ZH, p.group)}`,
    holder_outside_area: (p) =>
      `帮扶人员 ${p.caregiverId} 已不在该${labelOr(AREAS_ZH, p.area)}服务范围内`,
    cell_format: (p) => `“${p.value}”不是${CELL_KINDS[p.expected]}`,
    number_precision_lost: (p) =>
      `“${p.value}”已被表格软件转成数字而丢失位数：请把此列设为文本格式后重新录入`,
    masked_value: (p) => `“${p.value}”已脱敏（打码），无法读回，按未知处理`,
    duplicate_column: (p) => `列“${p.column}”出现了两次`,
    duplicate_row_id: (p) => `编号“${p.id}”重复（首次出现于第 ${p.firstRow} 行）`,
    json_too_deep: (p) => `JSON 嵌套超过 ${p.maximum} 层`,
    csv_quote: () => '此行引号未闭合或位置不对，可能并入了其后的行，无法可靠读取',
    unreadable_file: (p) => `无法读取该文件：不是有效的 ${p.format.toUpperCase()} 文件`,
    sheet_missing: (p) => `工作簿中没有工作表“${p.sheet}”（现有：${list(p.sheets)}）`,
    csv_encoding: (p) =>
      `此行含有不符合 ${p.encoding} 编码的字节（文件按 ${p.encoding} 读取），内容可能是乱码：请将文件另存为 UTF-8 后重新导入`,
    work_limit: (p) => `已处理 ${p.limit} ${WORK_KINDS[p.what]}仍未结束：输入永不终止或过长`,
    input_too_large: (p) => `输入过大：${p.size} ${SIZE_KINDS[p.what]}，最多 ${p.limit}`,
    invalid_argument: (p) => `参数 ${p.name} 无效：${ARGUMENT_RULES[p.rule]}`,
    unreachable: (p) => `内部错误：不应出现的${p.what}`,
    // Follow-up: cases.
    case_without_cause: () => '立案须写明所涉情况：突发情况（R4）或重大情况（R10），至少一项',
    case_not_open: (p) =>
      p.openedOn === null
        ? `案件“${p.caseId}”从未立案`
        : `案件“${p.caseId}”于 ${p.openedOn} 立案，晚于本事件日期 ${p.on}`,
    case_transition: (p) => {
      const step = (s: string) => `“${labelOr(zhCN.labels.caseStep, s)}”`;
      const event = `“${labelOr(zhCN.labels.caseEventType, p.event)}”`;
      const needs = p.needs.map(step).join(p.anyOf ? '或' : '和');
      return `案件“${p.caseId}”处于${step(p.step)}环节：${
        p.needs.length === 0
          ? `此时不能${event}`
          : `${event}须先${p.anyOf ? '达到' : '完成'}${needs}`
      }`;
    },

    // Follow-up: referrals.
    referral_unknown: (p) => `没有编号为“${p.referralId}”的转介`,
    referral_transition: (p) =>
      `转介“${p.referralId}”处于“${labelOr(zhCN.labels.referralState, p.state)}”状态，不能记录“${labelOr(zhCN.labels.referralEventType, p.event)}”`,
    referral_event_early: (p) =>
      `转介“${p.referralId}”的事件日期 ${p.on} 早于建议转介日 ${p.suggestedOn}`,
    // Follow-up: the ledger over time.
    fact_path_invalid: (p) => `无法更改 ${p.path}：${FACT_PATH_PROBLEMS_ZH[p.problem]}`,
    fact_register_conflict: (p) =>
      p.problem === 'withOtherChanges'
        ? '新登记老人不能与其他更改一并提交'
        : '登记的老人编号与所填老人编号不一致',
    census_month: (p) =>
      `普查登记在每年${p.months.map((m) => `${m}月`).join('、')}进行，本记录在${p.month}月`,
    // Ledger files: columns.
    place_unresolved: (p) =>
      `“${p.value}”看不出是否在老人所在县域内，已作为地址保留，县域按未知处理`,
    away_date_unanchored: (p) =>
      `“${p.value}”未写日期，且文件无填报日期可推算，外出起始时间按未知处理`,
    date_ambiguous: (p) =>
      `${p.value} 被表格存成了数字，无法分辨是1月还是10月：请将该列设为文本格式后重新填写`,
    // Ledger files: children on rows of their own, children sheets.
    child_row_conflict: (p) =>
      `此行接续第 ${p.elderRow} 行的老人（无自己的编号、姓名），但“${p.column}”与该行不同：老人信息只填一次，或为子女另立老人`,
    too_many_children: (p) => `同一老人的子女超过 ${p.limit} 名：此行未读取`,
    child_row_no_key: () => '此子女行未注明老人：请填写老人编号或身份证号',
    child_key_masked: (p) => `“${p.key}”已脱敏，无法与老人对应：请用老人编号或完整号码`,
    child_row_unmatched: (p) => `台账中没有老人“${p.key}”：此子女行未读取`,
    child_column_unknown: (p) => `子女表的“${p.column}”列既非老人编号也非子女信息：未读取`,
    // api-errors: names looked up in a fixed table.
    unknown_name: (p) =>
      `没有名为“${p.name}”的${NAME_KINDS_ZH[p.kind]}；可用的${NAME_KINDS_ZH[p.kind]}有：${list(p.known)}`,
    // api-elig: renamed fields of stored data.
    deprecated_name_with_current: (p) =>
      `同时填写了 ${p.current} 及其旧名 ${p.name}：只保留 ${p.current}`,
    // api-plan: options given inside the data.
    moved_to_options: (p) => `${p.name} 现为选项：请放在最后一个参数（选项）中，不要放在数据里`,
  },
  // api-errors: the words of an error's message.
  error: {
    found: (value) => `（所填为 ${value}）`,
    more: (count) => `（另有 ${count} 处问题）`,
  },

  labels: {
    abilityLevel: {
      intact: '能力完好',
      mild: '能力轻度受损（轻度失能）',
      moderate: '能力中度受损（中度失能）',
      severe: '能力重度受损（重度失能）',
      total: '能力完全丧失（完全失能）',
    },
    awayReason: {
      migrantWork: '外出务工',
      business: '经商',
      study: '求学',
      military: '服兵役',
      marriage: '婚嫁',
      medicalTreatment: '外地就医',
      imprisonment: '服刑',
      other: '其他',
    },
    caregiverRole: CAREGIVER_ROLES_ZH,
    childRelation: { son: '儿子', daughter: '女儿' },
    duty: {
      townshipContract: '乡干部包保',
      villageContract: '村干部包保',
      teacherContract: '教师包保',
      volunteerVisits: '志愿者走访',
      villageLiaison: '村两委联系',
      villageDoctorCare: '村医服务',
      neighbourWatch: '邻里结对',
    },
    category: {
      leftBehindChild: '留守儿童',
      leftBehindElder: '农村留守老年人',
      leftBehindScreeningScope: '留守老年人排查范围',
      emptyNestElder: '空巢老人',
      livesAlone: '独居',
      solitaryElder: '孤寡老人',
      advancedAge: '高龄',
      disabled: '失能',
      semiDisabled: '半失能',
      minimumLivingAllowance: '低保',
      extremeHardship: '特困',
      fiveGuarantee: '五保',
      threeNo: '“三无”人员',
      economicHardship: '经济困难',
      poor: '贫困',
      priorityTarget: '重点对象',
      priorityAssistanceTarget: '重点帮扶对象',
      trackContinuously: '随时跟踪',
      immediateReport: '须立即报告',
      keepOneChildHome: '应留一名子女照料',
      entrustmentMissing: '未委托照料人',
      lowFeeCareEligible: '可享低收费照料',
      emptyNestPriority: '空巢重点',
      facilityPriority: '就近服务优先',
      mutualAidReport: '老老互助组重大情况报告',
    },
    consentBy: { elder: '本人', guardian: '监护人', familyMember: '家属' },
    dayKind: {
      workday: '工作日',
      weekend: '周末',
      holiday: '法定节假日',
      makeupWorkday: '调休上班日',
    },
    disabilityCategory: {
      visual: '视力残疾',
      hearing: '听力残疾',
      speech: '言语残疾',
      physical: '肢体残疾',
      intellectual: '智力残疾',
      mental: '精神残疾',
      multiple: '多重残疾',
    },
    economicHardshipStatus: {
      minimumLivingAllowance: '低保',
      extremeHardship: '特困',
      fiveGuarantee: '五保',
      threeNo: '“三无”',
      povertyRegistered: '建档立卡',
      povertyMonitoring: '防返贫监测对象',
      otherHardship: '其他经济困难',
    },
    enrolmentStatus: {
      notAssessed: '未评估',
      referred: '已转介',
      enrolled: '已享受',
      rejected: '未通过',
      notApplicable: '不适用',
    },
    entrustedCarerRelation: { relative: '亲属', neighbour: '邻居', friend: '朋友', other: '其他' },
    festival: {
      newYearsDay: '元旦',
      springFestival: '春节',
      lanternFestival: '元宵节',
      qingming: '清明节',
      labourDay: '劳动节',
      dragonBoat: '端午节',
      qixi: '七夕节',
      midAutumn: '中秋节',
      nationalDay: '国庆节',
      doubleNinth: '重阳节（老年节）',
      laba: '腊八节',
      newYearsEve: '除夕',
    },
    holiday: {
      newYearsDay: '元旦',
      springFestival: '春节',
      qingming: '清明节',
      labourDay: '劳动节',
      dragonBoat: '端午节',
      midAutumn: '中秋节',
      nationalDay: '国庆节',
      springFestivalExtension: '春节假期延长',
      victoryDay: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
      local: '地方节假日',
    },
    incident: {
      wanderingOrBegging: '外出流浪乞讨',
      illegalInfringement: '遭受非法侵害',
      criticalIllness: '发生危重病情',
      severeMentalIllness: '患有严重精神疾病',
      majorDifficulty: '面临重大困境',
    },
    institution: { nursingHome: '敬老院', happinessHome: '农村幸福院', other: '其他机构' },
    guardianRelation: {
      grandparent: '祖父母、外祖父母',
      relative: '其他亲属',
      friend: '亲友',
      parent: '父母',
      other: '其他',
    },
    majorEvent: {
      illness: '生病',
      naturalDisaster: '天灾',
      accident: '人祸（意外事故）',
      other: '其他重大情况',
    },
    responsibleParty: {
      cadres: '乡、村干部包保',
      teacher: '教师包保',
      notStated: '文件未规定包保人',
      unknown: '学段不详，包保人待定',
    },
    schoolStage: {
      preschool: '学龄前',
      primary: '小学',
      juniorSecondary: '初中',
      seniorSecondary: '高中',
      notInSchool: '未在校',
    },
    livingArrangement: {
      alone: '独居',
      spouseOnly: '仅与配偶同住',
      withGrandchildren: '与孙辈同住（隔代）',
      withChildren: '与子女同住',
      withOthers: '与他人同住',
      institution: '住养老机构',
    },
    pairingEndReason: {
      caregiverLeft: '帮扶人员离岗',
      caregiverOverloaded: '帮扶人员负担过重',
      reassigned: '调整结对',
      elderMoved: '老人迁出',
      elderMovedInWithChildren: '老人随子女生活',
      elderDeceased: '老人去世',
      elderNoLongerEligible: '老人不再属于关爱对象',
      elderDeclined: '老人拒绝',
      other: '其他',
    },
    pairingMemberRole: { primary: '主责人', partner: '协助人', backup: '备岗人' },
    pairingPattern: {
      oneToOne: '一对一',
      manyToOne: '多对一',
      manyForOne: '多带一',
      neighbourPairing: '邻里结对',
      responsibilityContract: '包保责任制',
      liaisonAssignment: '联系制度',
    },
    pairingStatus: { active: '进行中', suspended: '暂停', ended: '已结束' },
    povertyMonitoring: {
      none: '非监测对象',
      unstableOutOfPoverty: '脱贫不稳定户',
      atRiskOfPoverty: '边缘易致贫户',
      suddenHardship: '突发严重困难户',
    },
    programme: {
      minimumLivingAllowance: '最低生活保障',
      medicalAssistance: '医疗救助',
      temporaryAssistance: '临时救助',
      advancedAgeAllowance: '高龄补贴',
      assistiveDevices: '康复器材和辅助器具',
      disabilityAllowance: '残疾人补贴',
      housingRenovation: '农村危房改造',
      familyDoctorContract: '家庭医生签约服务',
      residentMedicalInsurance: '城乡居民医疗保险',
      povertyRegistration: '建档立卡',
      lowFeeInstitutionalCare: '敬老院低收费照料',
      nursingHomeAccess: '敬老院开放入住',
      centralisedSupport: '特困人员集中供养',
      homeCareCentre: '农村居家养老服务中心',
      dayCareCentre: '老年人日间照料中心',
      freeHealthCheck: '免费体检',
      legalAid: '法律援助',
    },
    regionLevel: {
      province: '省级',
      city: '地级',
      county: '县级',
      township: '乡级',
      village: '村级',
    },
    reportRecipient: REPORT_RECIPIENTS_ZH,
    escalationRecipient: {
      caregiver: '帮扶人',
      ...REPORT_RECIPIENTS_ZH,
      groupCadre: '组干部',
    },
    residenceSetting: { rural: '农村', urban: '城镇' },
    serviceCategory: {
      dailyLivingCare: '生活照料',
      psychologicalComfort: '心理抚慰',
      healthCare: '健康保健',
      emergencyHelp: '应急救助',
      recreationCulture: '文体娱乐',
      legalAid: '法律援助',
      safetyEducation: '安全防范',
      condolenceVisit: '走访慰问',
      mutualAid: '互助养老',
    },
    sex: { male: '男', female: '女' },
    spouseStatus: { married: '有配偶', widowed: '丧偶', divorced: '离异', neverMarried: '未婚' },
    supportObligorRelation: {
      grandchild: '孙子女',
      childInLaw: '儿媳/女婿',
      sibling: '兄弟姐妹',
      other: '其他',
    },
    tri: { yes: '是', no: '否', unknown: '待核实' },
    visitKind: {
      homeVisit: '入户走访',
      childContact: '联系子女',
      elderCall: '电话问候',
      healthCheck: '健康检查',
      census: '摸底登记',
      screening: '排查',
      festivalVisit: '节日慰问',
      activity: '关爱活动',
      supervision: '督导检查',
    },
    visitChannel: { inPerson: '上门', phone: '电话', sms: '短信', online: '网络' },
    holidayPolicy: {
      keep: '节假日照常',
      skip: '节假日取消',
      previousWorkingDay: '提前到前一个工作日',
      nextWorkingDay: '顺延到下一个工作日',
    },
    holidayOutcome: {
      moved: '因节假日调整',
      notMovable: '窗口内无工作日，未调整',
      calendarUnknown: '当年节假日安排未知，未调整',
    },
    occurrenceState: {
      upcoming: '未开始',
      open: '可开展',
      due: '到期',
      overdue: '逾期',
      expired: '已失效',
      completed: '已完成',
      notDone: '未完成',
      cancelled: '已取消',
    },
    quotaPeriod: {
      week: '每周',
      month: '每月',
      quarter: '每季度',
      halfYear: '每半年',
      year: '每年',
    },
    visitOutcome: { completed: '已走访', notDone: '未走访' },
    visitCounterpart: {
      elder: '老人本人',
      children: '子女',
      parents: '父母',
      guardian: '监护人',
      other: '其他',
    },
    notDoneReason: {
      notAtHome: '不在家',
      awayForTreatment: '外出就医',
      refused: '拒绝',
      movedInWithChildren: '随子女居住',
      deceased: '去世',
      callNotConnected: '电话未接通',
      other: '其他',
    },
    serviceTask: {
      cleaning: '打扫卫生',
      laundry: '洗衣服被褥',
      cooking: '做饭',
      haircut: '理发',
      mealDelivery: '送餐助餐',
      proxyShopping: '代购代买',
      medicalEscort: '陪同就医',
      bloodPressureGlucoseCheck: '测量血压血糖',
      medicineDelivery: '送药助医',
      healthCheck: '健康检查',
      chat: '陪同聊天',
      readingAloud: '读书读报',
      counselling: '心理疏导',
      emergencyAssistance: '应急救助',
      culturalActivity: '文体娱乐活动',
      legalConsultation: '法律咨询',
      safetyEducation: '安全防范宣传',
      giftDelivery: '送慰问品',
    },
    ageBand: {
      under60: '60周岁以下',
      '60to69': '60—69周岁',
      '70to79': '70—79周岁',
      '80to89': '80—89周岁',
      '90plus': '90周岁及以上',
      unknown: '年龄不详',
    },
    reportColumn: {
      code: '区划代码',
      level: '层级',
      name: '名称',
      elders: '老年人数',
      leftBehind: '农村留守老年人',
      emptyNest: '空巢老人',
      priority: '重点对象',
      paired: '已结对',
      visitsDue: '应走访次数',
      visitsCompleted: '已走访次数',
      visitRate: '走访完成率（%）',
      childContactRate: '子女联系完成率（%）',
      censusRate: '普查完成率（%）',
      expired: '过期未访',
      incidents: '报告事件',
      caregiverId: '包保人',
      role: '职务',
      duty: '包保责任',
      subjects: '包保对象数',
      late: '逾期完成次数',
      livingArrangementUnknown: '居住情况不详',
      abilityNotAssessed: '能力未评估',
    },
    observationFlag: {
      unsafeHousing: '住房不安全',
      noHeatingOrCooling: '无取暖或降温条件',
      foodShortage: '缺少食物',
      poorHygiene: '卫生状况差',
      fireOrGasHazard: '用火用气隐患',
      fallRisk: '跌倒风险',
      lonely: '精神孤独',
      unwell: '身体不适',
      needsCare: '需要照料',
    },
    // Follow-up: cases.
    caseStep: {
      reported: '已报告',
      acknowledged: '村（居）委会已受理',
      townshipInformed: '已报乡镇人民政府',
      countyInformed: '已报县（市）级民政部门',
      responding: '处置中',
      resolved: '已解决',
      closed: '已结案',
    },
    caseEventType: {
      opened: '立案',
      acknowledged: '受理',
      informed: '上报',
      responded: '处置',
      noted: '备注',
      resolved: '解决',
      closed: '结案',
      reopened: '重新启动',
    },
    caseOrigin: {
      visitRecord: '走访发现',
      neighbourReport: '邻里报告',
      familyReport: '家属报告',
      deviceAlert: '一键呼叫报警',
      mutualAidGroup: '互助组报告',
      other: '其他途径',
    },
    caseResponse: {
      relief: '关爱救助',
      medical: '医疗救治',
      police: '公安处置',
      guardian: '监护人或家属照护',
    },
    caseReporterRole: {
      neighbour: '邻居',
      family: '家属',
      elder: '老人本人',
      device: '呼叫设备',
      mutualAidGroup: '互助组',
      other: '其他人',
    },
    caseAgeBand: {
      '0to1': '0–1 天',
      '2to7': '2–7 天',
      '8to30': '8–30 天',
      '31plus': '31 天及以上',
    },
    // Follow-up: referrals.
    referralState: {
      suggested: '建议转介',
      applied: '已申请',
      approved: '已批准',
      refused: '未批准',
      withdrawn: '已撤回',
    },
    referralEventType: {
      applied: '提交申请',
      approved: '审批通过',
      refused: '不予批准',
      withdrawn: '撤回',
    },
    // Follow-up: the ledger over time.
    factSource: {
      visit: '走访',
      census: '普查登记',
      familyReport: '家属报告',
      assessment: '能力评估',
      review: '排查核实',
      other: '其他',
    },
    ledgerChangeDirection: {
      entered: '纳入',
      left: '退出',
      ruledOut: '核实排除',
      inDoubt: '待核实',
    },
    ledgerChangeCause: {
      update: '信息更新',
      registered: '新登记',
      time: '时间推移',
    },
    // Ledger files: layouts.
    skippedRowReason: {
      title: '标题',
      reportLine: '填报信息',
      heading: '表头',
      blank: '空行',
      total: '合计行',
      note: '备注说明',
    },
    // Ledger files: the report workbook.
    reportSheet: {
      ledger: '台账统计',
      supervision: '督导检查汇总',
      holders: '包保责任人',
      responsibilities: '责任清单',
    },
    responsibilityColumn: {
      villageCode: '村（社区）代码',
      village: '村（社区）',
      elderId: '老年人编号',
      elderName: '老年人姓名',
      duty: '包保责任',
      holder: '责任人',
      role: '职务',
      phone: '联系电话',
      visits: '走访频次',
      unheld: '未落实',
      asOf: '统计日期',
      period: '统计期间',
    },
  },
};
