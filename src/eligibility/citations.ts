import type { Citation, RuleKey } from './reason.js';

/**
 * The source of every rule: spec section, source item and line, and the text's own words. A
 * policy may replace a citation with its local document's (see `Policy.citations`).
 *
 * @example
 * ```ts
 * RULE_CITATIONS.leftBehindElder.source; // 'S14 L359'
 * ```
 * @category Reasons
 */
export const RULE_CITATIONS: Readonly<Record<RuleKey, Citation>> = {
  leftBehindElder: {
    spec: '§1.1',
    source: 'S14 L359',
    text: '农村留守老年人是指因子女全部离开县域范围外出务工或经商等半年以上、留在农村生活、身边没有赡养人或者是赡养人没有赡养能力的60周岁以上老年人',
  },
  leftBehindScreeningScope: {
    spec: '§1.1',
    source: 'S14 L365',
    text: '因子女或其他赡养义务人全部离开县域范围外出半年以上、留在农村生活的60周岁以上老人',
  },
  emptyNestElder: {
    spec: '§1.2, §11.1',
    source: 'S10 L201 / S18 L487; S17 L457',
    text: '“空巢老人”一般是指当子女由于学习、工作、结婚、外出打工等原因而离家后的中老年夫妇或独居老人；全镇空巢老人(孤寡老人、“五保户”、“三无”人员、子女不在本镇工作身边无人照顾的高龄老人)',
  },
  livesAlone: { spec: '§1.10', source: 'S14 L375, L379', text: '独居' },
  solitaryElder: { spec: '§1.6', source: 'S17 L457', text: '孤寡老人' },
  advancedAge: { spec: '§1.8', source: 'S14 L363, L379', text: '高龄' },
  disabled: { spec: '§1.9', source: 'S14 L363, L379', text: '失能' },
  semiDisabled: { spec: '§1.9', source: 'S14 L375', text: '失能半失能' },
  minimumLivingAllowance: { spec: '§1.7', source: 'S16 L437', text: '低保户' },
  extremeHardship: { spec: '§1.5', source: 'S14 L375; S16 L437', text: '特困人员' },
  fiveGuarantee: { spec: '§1.7', source: 'S16 L437; S17 L457', text: '五保户' },
  threeNo: { spec: '§1.7', source: 'S17 L457', text: '“三无”人员' },
  economicHardship: {
    spec: '§1.11',
    source: 'S14 L363, L375',
    text: '以经济困难家庭的高龄、失能留守老年人为重点对象；对经济困难的失能半失能农村留守老人提供低收费照料服务',
  },
  poor: {
    spec: '§1.11, §11.12',
    source: 'S14 L377, L379',
    text: '贫困留守老人；对独居、失能、贫困、高龄等特殊困难留守老年人要随时跟踪掌握情况',
  },
  priorityTarget: {
    spec: '§2 R1',
    source: 'S14 L363',
    text: '以经济困难家庭的高龄、失能留守老年人为重点对象',
  },
  priorityAssistanceTarget: {
    spec: '§2 R2',
    source: 'S14 L369',
    text: '将存在安全风险和生活困难的留守老年人作为重点帮扶对象,村民委员会要及时通知并督促其子女和其他家庭成员予以照顾,同时报告乡镇人民政府',
  },
  trackContinuously: {
    spec: '§2 R3',
    source: 'S14 L379',
    text: '对独居、失能、贫困、高龄等特殊困难留守老年人要随时跟踪掌握情况并及时实施关爱救助',
  },
  immediateReport: {
    spec: '§2 R4',
    source: 'S14 L379',
    text: '发现留守老年人外出流浪乞讨、遭受非法侵害、发生危重病情、患有严重精神疾病、面临重大困境等情况时,要及时向村(居)委会、乡镇人民政府或县(市)级民政部门报告',
  },
  keepOneChildHome: {
    spec: '§2 R5',
    source: 'S14 L367',
    text: '对患有严重疾病、已经丧失自理能力的老年人,家庭内部应协商至少留下1名子女在家照料',
  },
  entrustmentMissing: {
    spec: '§2 R6',
    source: 'S14 L367',
    text: '子女因外出务工等原因不能履行赡养义务的,应委托亲属等其他有能力的人代为照顾',
  },
  lowFeeCareEligible: {
    spec: '§2 R8',
    source: 'S14 L375',
    text: '对经济困难的失能半失能农村留守老人提供低收费照料服务',
  },
  emptyNestPriority: {
    spec: '§2 R11',
    source: 'S12 L283; S08 L175',
    text: '为空巢老人特别是高龄空巢老人提供生活照料……；以日常生活不能完全自理的空巢老人为重点',
  },
  mutualAidReport: {
    spec: '§2 R10',
    source: 'S10 L233 / S18 L519',
    text: '一般采取“十人一联”,让他们相互探望、相互关照、相互帮助、相互学习、相互通气,同时,若遇有重大情况(如生病及其他天灾人祸)向村(社区)、组干部报告',
  },
  leftBehindChild: {
    spec: '§1.3',
    source: 'S10 L203 / S18 L489; S17 L457',
    text: '留守儿童指的是父母在外打工,子女留在家中,由爷爷、奶奶或亲戚朋友等照料而形成的特殊群体；全镇留守儿童(六到十四周岁父母常年或连续三个月外出务工的在家儿童和孤儿、遗弃儿童及单亲家庭儿童)',
  },
  facilityPriority: {
    spec: '§2 R14',
    source: 'S14 L375',
    text: '为农村老年人特别是低收入、独居、空巢、高龄和失能老年人提供就近便利的服务',
  },
};
