import type { LedgerColumn } from './ledgerColumn.js';
import type { LedgerKind } from './ledgerKind.js';

/**
 * The column that carries every field the other columns do not (children, assessments,
 * benefits, members …) as JSON, so that a round trip through a file loses nothing. Always last.
 * @internal
 */
export const MORE_COLUMN: LedgerColumn = {
  field: '',
  zh: '其他信息（JSON）',
  en: 'More (JSON)',
  aliases: ['其他信息'],
  cell: 'json',
};

const id: LedgerColumn = { field: 'id', zh: '编号', en: 'ID', aliases: ['序号编码'], cell: 'text' };
const name: LedgerColumn = { field: 'name', zh: '姓名', en: 'Name', cell: 'text' };
const sex: LedgerColumn = { field: 'sex', zh: '性别', en: 'Sex', cell: { enum: 'sex' } };
const birthDate: LedgerColumn = {
  field: 'birthDate',
  zh: '出生日期',
  en: 'Birth date',
  aliases: ['出生年月日'],
  cell: 'date',
};
const phone: LedgerColumn = {
  field: 'phone',
  zh: '联系电话',
  en: 'Phone',
  aliases: ['电话', '手机号', '手机号码', '联系方式'],
  cell: 'text',
  sensitive: 'phone',
};
const notes: LedgerColumn = { field: 'notes', zh: '备注', en: 'Notes', cell: 'text' };
const extensions: LedgerColumn = {
  field: 'extensions',
  zh: '扩展字段（JSON）',
  en: 'Extensions (JSON)',
  cell: 'json',
};

/**
 * The documented columns of each kind of ledger file, in the order guanai writes them. Headings
 * are read in Chinese or English (or an alias); columns a file has beyond these are kept as they
 * are; fields no column holds travel in the last column, 其他信息（JSON）.
 *
 * @example
 * ```ts
 * LEDGER_COLUMNS.elders.map((column) => column.zh).slice(0, 4); // ['编号', '姓名', '公民身份号码', '性别']
 * ```
 * @category Ledger files
 */
export const LEDGER_COLUMNS: { readonly [K in LedgerKind]: readonly LedgerColumn[] } = {
  elders: [
    id,
    name,
    {
      field: 'residentId',
      zh: '公民身份号码',
      en: 'Resident ID number',
      aliases: ['身份证号', '身份证号码', '身份证'],
      cell: 'text',
      sensitive: 'residentId',
    },
    sex,
    birthDate,
    phone,
    {
      field: 'residence.villageCode',
      zh: '村（社区）代码',
      en: 'Village code',
      aliases: ['村代码', '行政区划代码'],
      cell: 'text',
    },
    {
      field: 'residence.group',
      zh: '村民小组',
      en: 'Villager group',
      aliases: ['组'],
      cell: 'integer',
    },
    {
      field: 'residence.address',
      zh: '住址',
      en: 'Address',
      aliases: ['家庭住址', '居住地址'],
      cell: 'text',
    },
    {
      field: 'residence.setting',
      zh: '居住地类型',
      en: 'Setting',
      cell: { enum: 'residenceSetting' },
    },
    {
      field: 'residence.hukou',
      zh: '户籍类型',
      en: 'Hukou',
      aliases: ['户口性质'],
      cell: { enum: 'residenceSetting' },
    },
    {
      field: 'residence.institution',
      zh: '入住机构',
      en: 'Institution',
      cell: { enum: 'institution' },
      nullable: true,
    },
    { field: 'residence.coordinates.latitude', zh: '纬度', en: 'Latitude', cell: 'number' },
    { field: 'residence.coordinates.longitude', zh: '经度', en: 'Longitude', cell: 'number' },
    {
      field: 'household.livingArrangement',
      zh: '居住状况',
      en: 'Living arrangement',
      aliases: ['居住情况'],
      cell: { enum: 'livingArrangement' },
    },
    {
      field: 'household.spouse.status',
      zh: '婚姻状况',
      en: 'Marital status',
      cell: { enum: 'spouseStatus' },
    },
    {
      field: 'household.spouse.livesWithElder',
      zh: '配偶同住',
      en: 'Spouse lives with elder',
      cell: 'boolean',
    },
    {
      field: 'household.spouse.birthDate',
      zh: '配偶出生日期',
      en: 'Spouse birth date',
      cell: 'date',
    },
    { field: 'burdens.farmLabour', zh: '承担农务劳动', en: 'Farm labour', cell: 'boolean' },
    {
      field: 'burdens.raisingGrandchildren',
      zh: '抚育孙辈',
      en: 'Raising grandchildren',
      cell: 'boolean',
    },
    { field: 'risks.safetyRisk', zh: '安全风险', en: 'Safety risk', cell: 'boolean' },
    { field: 'risks.livingDifficulty', zh: '生活困难', en: 'Living difficulty', cell: 'boolean' },
    {
      field: 'risks.otherSpecialDifficulty',
      zh: '其他特殊困难',
      en: 'Other special difficulty',
      cell: 'text',
      nullable: true,
    },
    {
      field: 'economic.noHardshipAssessedOn',
      zh: '经济困难核查（均不符合）日期',
      en: 'No hardship found on',
      cell: 'date',
    },
    { field: 'updatedOn', zh: '更新日期', en: 'Updated on', cell: 'date' },
    notes,
    extensions,
  ],
  caregivers: [
    id,
    name,
    {
      field: 'roles',
      zh: '身份',
      en: 'Roles',
      aliases: ['帮扶人身份'],
      cell: { enum: 'caregiverRole' },
      list: true,
    },
    sex,
    birthDate,
    phone,
    {
      field: 'home.regionCode',
      zh: '所在村（乡镇）代码',
      en: 'Home area code',
      aliases: ['所在地代码'],
      cell: 'text',
    },
    { field: 'home.group', zh: '村民小组', en: 'Villager group', aliases: ['组'], cell: 'integer' },
    { field: 'home.coordinates.latitude', zh: '纬度', en: 'Latitude', cell: 'number' },
    { field: 'home.coordinates.longitude', zh: '经度', en: 'Longitude', cell: 'number' },
    {
      field: 'capacity.elders',
      zh: '可结对老人数',
      en: 'Elders at most',
      cell: 'integer',
    },
    {
      field: 'capacity.visitsPerWeek',
      zh: '每周可走访次数',
      en: 'Visits a week at most',
      cell: 'integer',
    },
    {
      field: 'availability.weekdays',
      zh: '可走访星期',
      en: 'Weekdays',
      cell: 'integer',
      list: true,
    },
    {
      field: 'skills',
      zh: '服务专长',
      en: 'Skills',
      cell: { enum: 'serviceCategory' },
      list: true,
    },
    { field: 'schoolId', zh: '任教学校编号', en: 'School ID', cell: 'text' },
    { field: 'validFrom', zh: '开始服务日期', en: 'Active from', cell: 'date' },
    { field: 'validTo', zh: '结束服务日期', en: 'Active to', cell: 'date' },
    notes,
    extensions,
  ],
  pairings: [
    id,
    { field: 'elderId', zh: '老年人编号', en: 'Elder ID', cell: 'text' },
    {
      field: 'pattern',
      zh: '结对方式',
      en: 'Pattern',
      cell: { enum: 'pairingPattern' },
    },
    { field: 'status', zh: '状态', en: 'Status', cell: { enum: 'pairingStatus' } },
    { field: 'validFrom', zh: '开始日期', en: 'Valid from', cell: 'date' },
    { field: 'validTo', zh: '结束日期', en: 'Valid to', cell: 'date' },
    {
      field: 'endReason',
      zh: '结束原因',
      en: 'End reason',
      cell: { enum: 'pairingEndReason' },
    },
    {
      field: 'members',
      zh: '帮扶人（JSON）',
      en: 'Members (JSON)',
      cell: 'json',
    },
    notes,
    extensions,
  ],
  visitRecords: [
    id,
    { field: 'occurrenceKey', zh: '计划走访编号', en: 'Planned visit key', cell: 'text' },
    { field: 'elderId', zh: '老年人编号', en: 'Elder ID', cell: 'text' },
    {
      field: 'caregiverIds',
      zh: '走访人编号',
      en: 'Caregiver IDs',
      cell: 'text',
      list: true,
    },
    { field: 'on', zh: '走访日期', en: 'Date', aliases: ['日期'], cell: 'date' },
    { field: 'time', zh: '走访时间', en: 'Time', aliases: ['时间'], cell: 'time' },
    { field: 'kind', zh: '走访类型', en: 'Kind', cell: { enum: 'visitKind' } },
    { field: 'channel', zh: '走访方式', en: 'Channel', cell: { enum: 'visitChannel' } },
    { field: 'durationMinutes', zh: '时长（分钟）', en: 'Minutes', cell: 'integer' },
    {
      field: 'categories',
      zh: '服务类别',
      en: 'Service categories',
      cell: { enum: 'serviceCategory' },
      list: true,
    },
    {
      field: 'tasks',
      zh: '服务内容',
      en: 'Tasks',
      cell: { enum: 'serviceTask' },
      list: true,
    },
    { field: 'outcome', zh: '走访结果', en: 'Outcome', cell: { enum: 'visitOutcome' } },
    {
      field: 'notDoneReason',
      zh: '未走访原因',
      en: 'Reason not done',
      cell: { enum: 'notDoneReason' },
    },
    {
      field: 'observations.bloodPressure.systolic',
      zh: '收缩压',
      en: 'Systolic',
      cell: 'integer',
    },
    {
      field: 'observations.bloodPressure.diastolic',
      zh: '舒张压',
      en: 'Diastolic',
      cell: 'integer',
    },
    {
      field: 'observations.bloodGlucose',
      zh: '血糖（mmol/L）',
      en: 'Glucose (mmol/L)',
      cell: 'number',
    },
    {
      field: 'observations.flags',
      zh: '发现情况',
      en: 'Observations',
      cell: { enum: 'observationFlag' },
      list: true,
    },
    { field: 'incident.kind', zh: '突发情况', en: 'Incident', cell: { enum: 'incident' } },
    { field: 'amends', zh: '更正记录编号', en: 'Amends', cell: 'text' },
    { field: 'recordedOn', zh: '记录日期', en: 'Recorded on', cell: 'date' },
    notes,
    extensions,
  ],
};
