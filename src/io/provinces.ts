/**
 * The 34 provincial-level divisions (省级行政区) by the first two digits of their division
 * codes (GB/T 2260), each with the short names a written place starts with: 广东省深圳市 and
 * 广东深圳 both start with 广东. A published fact; the names are matched longest first.
 * @internal
 */
export const PROVINCES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ['11', ['北京']],
  ['12', ['天津']],
  ['13', ['河北']],
  ['14', ['山西']],
  ['15', ['内蒙古', '内蒙']],
  ['21', ['辽宁']],
  ['22', ['吉林']],
  ['23', ['黑龙江']],
  ['31', ['上海']],
  ['32', ['江苏']],
  ['33', ['浙江']],
  ['34', ['安徽']],
  ['35', ['福建']],
  ['36', ['江西']],
  ['37', ['山东']],
  ['41', ['河南']],
  ['42', ['湖北']],
  ['43', ['湖南']],
  ['44', ['广东']],
  ['45', ['广西']],
  ['46', ['海南']],
  ['50', ['重庆']],
  ['51', ['四川']],
  ['52', ['贵州']],
  ['53', ['云南']],
  ['54', ['西藏']],
  ['61', ['陕西']],
  ['62', ['甘肃']],
  ['63', ['青海']],
  ['64', ['宁夏']],
  ['65', ['新疆']],
  ['71', ['台湾']],
  ['81', ['香港']],
  ['82', ['澳门']],
];

/** The two-digit code of the province a written place starts with (after 中国), if any. @internal */
export function provinceOf(place: string): string | undefined {
  const text = place.startsWith('中国') ? place.slice(2) : place;
  for (const [code, names] of PROVINCES)
    for (const name of names) if (text.startsWith(name)) return code;
  return undefined;
}
