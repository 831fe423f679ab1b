"""Golden vectors of RFC 5545 recurrence semantics for `expandRRule(text, { from, to })`.

Expands each case below with python-dateutil and writes `src/recurrence/rrule.golden.json`,
which the TypeScript tests read. Rerun from the repository root (needs python-dateutil
2.9.0.post0; the script refuses any other version):

    python3 test/generate/rruleGolden.py

Every date-time is floating wall-clock time. A `;TZID=...` parameter on DTSTART, RDATE or EXDATE
is stripped before dateutil sees the text, so the zone only labels the same wall-clock time.
`expected` is `rrulestr(text, forceset=True).between(from, to, inc=True)`: the occurrences in
[from, to], inclusive. Each DTSTART is the first occurrence of its RRULE (checked below), since
RFC 5545 leaves the recurrence set undefined otherwise.
"""

import json
import re
import sys
from datetime import datetime
from pathlib import Path

import dateutil
from dateutil import parser
from dateutil.rrule import rrulestr

VERSION = "2.9.0.post0"
OUT = Path(__file__).resolve().parents[2] / "src" / "recurrence" / "rrule.golden.json"
FMT = "%Y-%m-%dT%H:%M:%S"
LINE_WIDTH = 100  # biome.json's lineWidth: short lists stay on one line, as `biome format` has them

# (name, iCalendar content lines, from, to)
CASES = [
    # Weekly
    ("weekly BYDAY=MO,TH",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH"],
     "2026-01-01T00:00:00", "2026-02-28T23:59:59"),
    ("weekly interval 2",
     ["DTSTART:20260107T093000", "RRULE:FREQ=WEEKLY;INTERVAL=2"],
     "2026-01-01T00:00:00", "2026-06-30T23:59:59"),
    ("weekly interval 2 BYDAY=TU,SU WKST=MO (RFC 5545 example)",
     ["DTSTART:19970805T090000", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO"],
     "1997-01-01T00:00:00", "1997-12-31T23:59:59"),
    ("weekly interval 2 BYDAY=TU,SU WKST=SU (RFC 5545 example)",
     ["DTSTART:19970805T090000", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU"],
     "1997-01-01T00:00:00", "1997-12-31T23:59:59"),
    ("weekly WKST=MO interval 2 BYDAY=TU,SU",
     ["DTSTART:20260106T093000", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO"],
     "2026-01-01T00:00:00", "2026-03-31T23:59:59"),
    ("weekly WKST=SU interval 2 BYDAY=TU,SU",
     ["DTSTART:20260106T093000", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU"],
     "2026-01-01T00:00:00", "2026-03-31T23:59:59"),
    # Monthly
    ("monthly BYMONTHDAY=15",
     ["DTSTART:20260115T093000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=15"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly BYMONTHDAY=31 skips short months",
     ["DTSTART:20260131T093000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly from the 31st without BYMONTHDAY skips short months",
     ["DTSTART:20260131T093000", "RRULE:FREQ=MONTHLY"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly BYMONTHDAY=-1 last day",
     ["DTSTART:20240131T093000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1"],
     "2024-01-01T00:00:00", "2024-12-31T23:59:59"),
    ("monthly BYMONTHDAY=-3",
     ["DTSTART:20240129T093000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-3"],
     "2024-01-01T00:00:00", "2025-06-30T23:59:59"),
    ("monthly BYDAY=2TU second Tuesday",
     ["DTSTART:20260113T093000", "RRULE:FREQ=MONTHLY;BYDAY=2TU"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly BYDAY=-1FR last Friday",
     ["DTSTART:20260130T093000", "RRULE:FREQ=MONTHLY;BYDAY=-1FR"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly last working weekday BYSETPOS=-1",
     ["DTSTART:20260130T093000", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("monthly first and third working weekday BYSETPOS=1,3",
     ["DTSTART:20260101T093000", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,3"],
     "2026-01-01T00:00:00", "2026-06-30T23:59:59"),
    # Yearly
    ("yearly census BYMONTH=3,9 BYMONTHDAY=1",
     ["DTSTART:20260301T093000", "RRULE:FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1"],
     "2026-01-01T00:00:00", "2028-12-31T23:59:59"),
    ("yearly BYMONTH=8,12 keeps DTSTART's day",
     ["DTSTART:20250810T093000", "RRULE:FREQ=YEARLY;BYMONTH=8,12"],
     "2025-01-01T00:00:00", "2027-12-31T23:59:59"),
    ("yearly BYWEEKNO=20 BYDAY=MO",
     ["DTSTART:20260511T093000", "RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO"],
     "2026-01-01T00:00:00", "2028-12-31T23:59:59"),
    ("yearly BYWEEKNO=1 BYDAY=MO (week 1 may start in December)",
     ["DTSTART:20241230T093000", "RRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO"],
     "2024-01-01T00:00:00", "2027-12-31T23:59:59"),
    ("yearly BYWEEKNO=1 whole week",
     ["DTSTART:20251229T093000", "RRULE:FREQ=YEARLY;BYWEEKNO=1"],
     "2025-01-01T00:00:00", "2027-01-31T23:59:59"),
    ("yearly BYWEEKNO=53 BYDAY=MO only in 53-week years",
     ["DTSTART:20261228T093000", "RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO"],
     "2026-01-01T00:00:00", "2032-12-31T23:59:59"),
    ("yearly BYWEEKNO=-1 BYDAY=SU last ISO week",
     ["DTSTART:20241229T093000", "RRULE:FREQ=YEARLY;BYWEEKNO=-1;BYDAY=SU"],
     "2024-01-01T00:00:00", "2027-12-31T23:59:59"),
    ("yearly BYYEARDAY=1,100,200",
     ["DTSTART:20250101T093000", "RRULE:FREQ=YEARLY;BYYEARDAY=1,100,200"],
     "2025-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("yearly BYYEARDAY=60 (Feb 29 in leap years)",
     ["DTSTART:20240229T093000", "RRULE:FREQ=YEARLY;BYYEARDAY=60"],
     "2024-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("yearly BYYEARDAY=-1,-306 negative",
     ["DTSTART:20240301T093000", "RRULE:FREQ=YEARLY;BYYEARDAY=-1,-306"],
     "2024-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("yearly Feb 29 BYMONTH=2 BYMONTHDAY=29",
     ["DTSTART:20240229T093000", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"],
     "2024-01-01T00:00:00", "2032-12-31T23:59:59"),
    ("yearly from Feb 29 without BY rules",
     ["DTSTART:20240229T093000", "RRULE:FREQ=YEARLY"],
     "2024-01-01T00:00:00", "2029-12-31T23:59:59"),
    # Daily, hourly, minutely
    ("daily interval 3",
     ["DTSTART:20260105T093000", "RRULE:FREQ=DAILY;INTERVAL=3"],
     "2026-01-01T00:00:00", "2026-02-28T23:59:59"),
    ("daily BYMONTH=2 filter",
     ["DTSTART:20270201T093000", "RRULE:FREQ=DAILY;BYMONTH=2"],
     "2027-01-01T00:00:00", "2028-12-31T23:59:59"),
    ("daily BYHOUR=9,14 BYMINUTE=30",
     ["DTSTART:20260105T093000", "RRULE:FREQ=DAILY;BYHOUR=9,14;BYMINUTE=30"],
     "2026-01-05T00:00:00", "2026-01-11T23:59:59"),
    ("hourly interval 3 BYHOUR=9,12,15,18",
     ["DTSTART:20260105T090000", "RRULE:FREQ=HOURLY;INTERVAL=3;BYHOUR=9,12,15,18"],
     "2026-01-05T00:00:00", "2026-01-07T23:59:59"),
    ("minutely interval 15 BYHOUR=9,10",
     ["DTSTART:20260105T093000", "RRULE:FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,10"],
     "2026-01-05T00:00:00", "2026-01-06T23:59:59"),
    # UNTIL and COUNT
    ("UNTIL equal to an occurrence is included",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;UNTIL=20260302T093000"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("UNTIL date-time just before an occurrence",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;UNTIL=20260302T092959"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("COUNT smaller than the range",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("COUNT larger than the range",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;COUNT=100"],
     "2026-01-01T00:00:00", "2026-03-31T23:59:59"),
    ("COUNT counts from DTSTART, not from the range start",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;COUNT=10"],
     "2026-02-01T00:00:00", "2026-12-31T23:59:59"),
    # EXDATE and RDATE
    ("EXDATE removes occurrences",
     ["DTSTART:20260105T093000",
      "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
      "EXDATE:20260108T093000,20260119T093000",
      "EXDATE;TZID=Asia/Shanghai:20260129T093000"],
     "2026-01-01T00:00:00", "2026-01-31T23:59:59"),
    ("EXDATE at another time of day removes nothing",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY", "EXDATE:20260112T103000"],
     "2026-01-01T00:00:00", "2026-01-31T23:59:59"),
    ("EXDATE of DTSTART",
     ["DTSTART:20260105T093000", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:20260105T093000"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
    ("RDATE adds dates outside the pattern and dedups one inside",
     ["DTSTART;TZID=Asia/Shanghai:20260115T093000",
      "RRULE:FREQ=MONTHLY;BYMONTHDAY=15",
      "RDATE;TZID=Asia/Shanghai:20260120T140000,20260215T093000",
      "RDATE:20260401T093000"],
     "2026-01-01T00:00:00", "2026-04-30T23:59:59"),
    ("RDATE outside the range is not listed",
     ["DTSTART:20260105T093000",
      "RRULE:FREQ=WEEKLY;COUNT=3",
      "RDATE:20251231T093000,20260301T093000"],
     "2026-01-01T00:00:00", "2026-01-31T23:59:59"),
    ("EXDATE also removes an RDATE",
     ["DTSTART:20260105T093000",
      "RRULE:FREQ=WEEKLY;COUNT=3",
      "RDATE:20260107T140000",
      "EXDATE:20260107T140000"],
     "2026-01-01T00:00:00", "2026-01-31T23:59:59"),
    # Ranges and value types
    ("range starts before DTSTART",
     ["DTSTART;TZID=Asia/Shanghai:20260105T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO"],
     "2025-06-01T00:00:00", "2026-01-31T23:59:59"),
    ("range starts mid-series",
     ["DTSTART:20250106T093000", "RRULE:FREQ=MONTHLY;BYDAY=1MO"],
     "2026-03-01T00:00:00", "2026-08-31T23:59:59"),
    ("range bounds equal to occurrences are inclusive",
     ["DTSTART:20260105T093000", "RRULE:FREQ=DAILY"],
     "2026-01-07T09:30:00", "2026-01-09T09:30:00"),
    ("range with no occurrences",
     ["DTSTART:20260301T093000", "RRULE:FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1"],
     "2026-03-01T09:30:01", "2026-09-01T09:29:59"),
    ("range after UNTIL has no occurrences",
     ["DTSTART:20260105T093000", "RRULE:FREQ=DAILY;UNTIL=20260110T093000"],
     "2026-02-01T00:00:00", "2026-12-31T23:59:59"),
    ("DTSTART VALUE=DATE with EXDATE VALUE=DATE",
     ["DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;VALUE=DATE:20260112"],
     "2026-01-01T00:00:00", "2026-12-31T23:59:59"),
]


def floating(line):
    """Drop a TZID parameter: the value stays the same wall-clock time."""
    return re.sub(r";TZID=[^;:]*", "", line)


def expand(lines, start, end):
    text = "\n".join(floating(line) for line in lines)
    dtstart = parser.parse(text.split("\n")[0].rsplit(":", 1)[1])
    if rrulestr("\n".join(text.split("\n")[:2]))[0] != dtstart:  # DTSTART and RRULE alone
        raise ValueError(f"DTSTART is not the first occurrence of its RRULE:\n{text}")
    occurrences = rrulestr(text, forceset=True).between(
        datetime.strptime(start, FMT), datetime.strptime(end, FMT), inc=True)
    return [d.strftime(FMT) for d in occurrences]


def dump(value, indent=0, used=0):
    """JSON with a 2-space indent, laid out as `biome format` has it: a list of strings stays on
    one line when that line (`used` characters besides the list) fits LINE_WIDTH."""
    pad = "  " * (indent + 1)
    if isinstance(value, dict):
        keys = list(value)
        items = []
        for key in keys:
            head = f"{pad}{json.dumps(key)}: "
            tail = "" if key == keys[-1] else ","
            items.append(head + dump(value[key], indent + 1, len(head) + len(tail)))
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, list):
        flat = "[" + ", ".join(json.dumps(v) for v in value) + "]"
        if all(isinstance(v, str) for v in value) and used + len(flat) <= LINE_WIDTH:
            return flat
        items = [pad + dump(v, indent + 1, len(pad) + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * indent + "]"
    return json.dumps(value)


def main():
    if dateutil.__version__ != VERSION:
        sys.exit(f"needs python-dateutil {VERSION}, found {dateutil.__version__}")
    cases = [
        {"name": name, "text": "\n".join(lines), "from": start, "to": end,
         "expected": expand(lines, start, end)}
        for name, lines, start, end in CASES
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dump({"generator": f"python-dateutil {VERSION}", "cases": cases}) + "\n")
    print(f"wrote {len(cases)} cases to src/recurrence/{OUT.name}")


if __name__ == "__main__":
    main()
