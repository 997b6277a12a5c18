//! Calendar tests for `Date`, `Time` and `DateTime`.

use caseforms::value::{Date, DateTime, Time, days_in_month, is_leap_year};

use super::support::date;

#[test]
fn every_day_from_1900_to_2100_round_trips() {
    let mut expected_days = Date::from_ymd(1900, 1, 1)
        .expect("valid")
        .days_since_epoch();
    for year in 1900..=2100 {
        for month in 1..=12 {
            for day in 1..=days_in_month(year, month) {
                let date = Date::from_ymd(year, month, day).expect("valid date");
                assert_eq!(
                    date.days_since_epoch(),
                    expected_days,
                    "{year}-{month}-{day}"
                );
                assert_eq!(date.ymd(), (year, month, day));
                let text = format!("{year:04}-{month:02}-{day:02}");
                assert_eq!(date.to_string(), text);
                assert_eq!(Date::parse_iso(&text), Some(date));
                assert_eq!(
                    Date::from_days_since_epoch(i64::from(expected_days)),
                    Some(date)
                );
                expected_days += 1;
            }
        }
    }
}

#[test]
fn known_days_since_epoch() {
    let cases = [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        ("2000-03-01", 11_017),
        ("2024-02-29", 19_782),
        ("0000-01-01", -719_528),
        ("9999-12-31", 2_932_896),
    ];
    for (text, days) in cases {
        assert_eq!(date(text).days_since_epoch(), days, "{text}");
    }
}

#[test]
fn leap_years() {
    for (year, leap) in [
        (1900, false),
        (2000, true),
        (2023, false),
        (2024, true),
        (2100, false),
        (2400, true),
    ] {
        assert_eq!(is_leap_year(year), leap, "{year}");
        assert_eq!(days_in_month(year, 2), if leap { 29 } else { 28 });
    }
    assert_eq!(days_in_month(2024, 13), 0);
}

#[test]
fn invalid_dates_are_rejected() {
    let invalid = [
        "2023-02-29",
        "1900-02-29",
        "2024-02-30",
        "2024-04-31",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "2024-1-05",
        "24-01-05",
        "2024/01/05",
        "2024-01-05 ",
        " 2024-01-05",
        "2024-01-5",
        "20240105",
        "",
        "abcd-ef-gh",
        "+024-01-05",
        "2024-01-05T10:00",
        "２０２４-01-05",
    ];
    for text in invalid {
        assert_eq!(Date::parse_iso(text), None, "{text:?}");
    }
    assert_eq!(Date::from_ymd(10_000, 1, 1), None);
    assert_eq!(Date::from_ymd(-1, 1, 1), None);
    assert_eq!(Date::from_ymd(2024, 2, 0), None);
    assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    assert_eq!(Date::from_days_since_epoch(2_932_897), None);
}

#[test]
fn adding_days() {
    assert_eq!(date("2024-02-28").add_days(1), Some(date("2024-02-29")));
    assert_eq!(date("2023-02-28").add_days(1), Some(date("2023-03-01")));
    assert_eq!(date("2024-12-31").add_days(1), Some(date("2025-01-01")));
    assert_eq!(date("2024-01-01").add_days(-1), Some(date("2023-12-31")));
    assert_eq!(date("2024-01-01").add_days(366), Some(date("2025-01-01")));
    assert_eq!(date("9999-12-31").add_days(1), None);
    assert_eq!(date("0000-01-01").add_days(-1), None);
    assert_eq!(date("2024-01-01").add_days(i64::MAX), None);
    assert_eq!(date("2024-01-01").add_days(i64::MIN), None);
    assert_eq!(
        Date::days_between(date("2024-01-01"), date("2025-01-01")),
        366
    );
    assert_eq!(
        Date::days_between(date("2025-01-01"), date("2024-01-01")),
        -366
    );
}

#[test]
fn whole_years_have_age_semantics() {
    let cases = [
        ("2010-06-15", "2024-06-14", 13),
        ("2010-06-15", "2024-06-15", 14),
        ("2010-06-15", "2024-06-16", 14),
        ("2008-02-29", "2023-02-28", 14),
        ("2008-02-29", "2023-03-01", 15),
        ("2008-02-29", "2024-02-28", 15),
        ("2008-02-29", "2024-02-29", 16),
        ("2024-01-01", "2024-01-01", 0),
        ("2024-01-02", "2024-01-01", 0),
        ("2024-06-15", "2010-06-15", -14),
        ("2024-06-15", "2010-06-16", -13),
    ];
    for (from, to, years) in cases {
        assert_eq!(
            Date::whole_years_between(date(from), date(to)),
            years,
            "{from} → {to}"
        );
    }
}

#[test]
fn times() {
    let time = Time::parse_iso("14:30").expect("valid");
    assert_eq!((time.hour(), time.minute(), time.second()), (14, 30, 0));
    assert_eq!(time.to_string(), "14:30");
    assert_eq!(
        Time::parse_iso("23:59:59").map(|t| t.to_string()),
        Some("23:59:59".to_owned())
    );
    assert_eq!(
        Time::parse_iso("00:00").map(Time::seconds_since_midnight),
        Some(0)
    );
    for invalid in [
        "24:00",
        "12:60",
        "12:00:60",
        "9:30",
        "12:3",
        "12-30",
        "12:30:",
        "",
        "ab:cd",
        "12:30:00:00",
    ] {
        assert_eq!(Time::parse_iso(invalid), None, "{invalid:?}");
    }
    assert_eq!(Time::from_seconds(86_400), None);
    assert!(Time::parse_iso("09:00") < Time::parse_iso("10:00"));
}

#[test]
fn date_times() {
    let moment = DateTime::parse_iso("2024-01-31T14:30").expect("valid");
    assert_eq!(moment.date(), date("2024-01-31"));
    assert_eq!(moment.time().to_string(), "14:30");
    assert_eq!(moment.to_string(), "2024-01-31T14:30");
    assert_eq!(
        DateTime::parse_iso("2024-01-31T14:30:05").map(|m| m.to_string()),
        Some("2024-01-31T14:30:05".into())
    );
    for invalid in [
        "2024-01-31 14:30",
        "2024-01-31",
        "2024-02-30T10:00",
        "2024-01-31T25:00",
        "T10:00",
        "2024-01-31T",
    ] {
        assert_eq!(DateTime::parse_iso(invalid), None, "{invalid:?}");
    }
    assert!(DateTime::parse_iso("2024-01-31T23:59") < DateTime::parse_iso("2024-02-01T00:00"));
}

#[test]
fn serde_uses_iso_text() {
    let value = caseforms::value::Value::Date(date("2024-01-31"));
    let json = serde_json::to_string(&value).expect("serialises");
    assert_eq!(json, r#"{"type":"date","value":"2024-01-31"}"#);
    let back: caseforms::value::Value = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, value);
    let error = serde_json::from_str::<Date>(r#""2024-02-30""#)
        .map(|_| ())
        .expect_err("not a date")
        .to_string();
    assert!(
        error.contains("'2024-02-30' is not a date in the form YYYY-MM-DD"),
        "{error}"
    );
}
