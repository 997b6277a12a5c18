//! Calendar arithmetic for [`Date`], [`Time`] and [`DateTime`], without a time zone.
//!
//! A date is stored as the number of days since 1970-01-01 and converted to and from
//! year/month/day with Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
//! (proleptic Gregorian calendar). Only years 0000 to 9999 are supported, so every date has a
//! four-digit ISO form; operations that would leave that range give `None`.

use std::fmt;

/// Days from 1970-01-01 to 0000-01-01 (negative).
const MIN_DAYS: i64 = -719_528;
/// Days from 1970-01-01 to 9999-12-31.
const MAX_DAYS: i64 = 2_932_896;
/// Seconds in a day.
const SECONDS_PER_DAY: u32 = 86_400;

/// A civil date (year 0000 to 9999), stored as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// Is `year` a leap year in the Gregorian calendar?
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1 to 12) of `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid civil date (Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Year, month and day of a count of days since 1970-01-01 (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both values are small and positive by construction of the algorithm.
    (year, month as u32, day as u32)
}

/// Parses exactly `len` ASCII digits at the start of `bytes`.
fn digits(bytes: &[u8], len: usize) -> Option<u32> {
    let slice = bytes.get(..len)?;
    slice.iter().try_fold(0u32, |acc, &byte| {
        byte.is_ascii_digit()
            .then(|| acc * 10 + u32::from(byte - b'0'))
    })
}

impl Date {
    /// The date `year-month-day`, or `None` if it does not exist or the year is outside 0..=9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(0..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
        Date::from_days_since_epoch(days)
    }

    /// The date `days` days after 1970-01-01 (before it if negative), if within years 0..=9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        if (MIN_DAYS..=MAX_DAYS).contains(&days) {
            i32::try_from(days).ok().map(|days| Date { days })
        } else {
            None
        }
    }

    /// Parses a strict ISO date `YYYY-MM-DD` and checks that the day exists (leap years included).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = digits(bytes, 4)?;
        let month = digits(&bytes[5..], 2)?;
        let day = digits(&bytes[8..], 2)?;
        Date::from_ymd(i32::try_from(year).ok()?, month, day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i32 {
        self.days
    }

    /// Year, month (1 to 12) and day (1 to 31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let (year, month, day) = civil_from_days(i64::from(self.days));
        // The year is within 0..=9999 because every `Date` is.
        (year as i32, month, day)
    }

    /// The year, 0 to 9999.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.ymd().2
    }

    /// The date `days` days later (earlier if negative), or `None` outside years 0..=9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(i64::from(self.days).checked_add(days)?)
    }

    /// Days from `from` to `to`: positive if `to` is later.
    pub fn days_between(from: Date, to: Date) -> i64 {
        i64::from(to.days) - i64::from(from.days)
    }

    /// Whole years from `from` to `to`, with the semantics of an age: a birthday not yet reached
    /// in `to`'s year counts one year less, and a 29 February birthday is reached on 1 March in
    /// years without one. Negative if `to` is before `from`.
    pub fn whole_years_between(from: Date, to: Date) -> i32 {
        if to < from {
            return -Date::whole_years_between(to, from);
        }
        let (from_year, from_month, from_day) = from.ymd();
        let (to_year, to_month, to_day) = to.ymd();
        let years = to_year - from_year;
        if (to_month, to_day) < (from_month, from_day) {
            years - 1
        } else {
            years
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

/// A time of day, stored as seconds since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    seconds: u32,
}

impl Time {
    /// The time `hour:minute:second`, or `None` if a part is out of range.
    pub fn from_hms(hour: u32, minute: u32, second: u32) -> Option<Time> {
        (hour < 24 && minute < 60 && second < 60).then(|| Time {
            seconds: hour * 3600 + minute * 60 + second,
        })
    }

    /// The time `seconds` seconds after midnight, if less than a day.
    pub fn from_seconds(seconds: u32) -> Option<Time> {
        (seconds < SECONDS_PER_DAY).then_some(Time { seconds })
    }

    /// Parses a strict `HH:MM` or `HH:MM:SS` (24-hour clock).
    pub fn parse_iso(text: &str) -> Option<Time> {
        let bytes = text.as_bytes();
        let second = match bytes.len() {
            5 => 0,
            8 if bytes[5] == b':' => digits(&bytes[6..], 2)?,
            _ => return None,
        };
        if bytes[2] != b':' {
            return None;
        }
        Time::from_hms(digits(bytes, 2)?, digits(&bytes[3..], 2)?, second)
    }

    /// Seconds since midnight.
    pub fn seconds_since_midnight(self) -> u32 {
        self.seconds
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u32 {
        self.seconds / 3600
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u32 {
        self.seconds / 60 % 60
    }

    /// The second, 0 to 59.
    pub fn second(self) -> u32 {
        self.seconds % 60
    }
}

/// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())?;
        if self.second() != 0 {
            write!(f, ":{:02}", self.second())?;
        }
        Ok(())
    }
}

/// A date and a time of day, in local time (no time zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    date: Date,
    time: Time,
}

impl DateTime {
    /// The moment `time` on `date`.
    pub fn new(date: Date, time: Time) -> DateTime {
        DateTime { date, time }
    }

    /// Parses a strict `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    pub fn parse_iso(text: &str) -> Option<DateTime> {
        let (date, time) = text.split_once('T')?;
        Some(DateTime {
            date: Date::parse_iso(date)?,
            time: Time::parse_iso(time)?,
        })
    }

    /// The date part.
    pub fn date(self) -> Date {
        self.date
    }

    /// The time-of-day part.
    pub fn time(self) -> Time {
        self.time
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

/// Implements serde for a type with an ISO text form, so answers store `"2024-01-31"`.
macro_rules! iso_serde {
    ($type:ty, $what:literal) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                <$type>::parse_iso(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(concat!("'{}' is not ", $what), text))
                })
            }
        }
    };
}

iso_serde!(Date, "a date in the form YYYY-MM-DD");
iso_serde!(Time, "a time in the form HH:MM or HH:MM:SS");
iso_serde!(DateTime, "a date and time in the form YYYY-MM-DDTHH:MM");
