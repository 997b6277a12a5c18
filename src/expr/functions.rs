//! The function table: every function's name, how many arguments it takes, and its signature.
//!
//! `docs/expressions.md` documents the same functions; a test keeps the two in sync.

/// A built-in function, resolved by name when an expression is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Function {
    If,
    Coalesce,
    Answered,
    Length,
    Lower,
    Upper,
    Trim,
    Concat,
    StartsWith,
    EndsWith,
    Substr,
    Text,
    Number,
    Round,
    Floor,
    Ceil,
    Abs,
    Int,
    Min,
    Max,
    Today,
    Now,
    YearsBetween,
    Age,
    DaysBetween,
    AddDays,
    Year,
    Month,
    Day,
    Date,
    Time,
    DateTime,
    Selected,
    CountSelected,
    Count,
    Sum,
    Avg,
    Any,
    All,
}

/// One entry of the function table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionInfo {
    /// The name designers write, e.g. `years_between`.
    pub name: &'static str,
    /// The signature in the notation of `docs/expressions.md`, e.g. `round(number, digits?)`.
    pub signature: &'static str,
    /// The least number of arguments.
    pub min_args: usize,
    /// The most arguments (`None`: any number).
    pub max_args: Option<usize>,
    pub(crate) function: Function,
}

macro_rules! table {
    ($($function:ident $name:literal $min:literal $max:expr, $signature:literal;)*) => {
        /// Every built-in function, in the order of the documentation.
        const FUNCTIONS: &[FunctionInfo] = &[$(FunctionInfo {
            name: $name,
            signature: $signature,
            min_args: $min,
            max_args: $max,
            function: Function::$function,
        }),*];
    };
}

table! {
    If "if" 3 Some(3), "if(condition, then, otherwise)";
    Coalesce "coalesce" 1 None, "coalesce(value, value, ...)";
    Answered "answered" 1 Some(1), "answered(value)";
    Length "length" 1 Some(1), "length(text)";
    Lower "lower" 1 Some(1), "lower(text)";
    Upper "upper" 1 Some(1), "upper(text)";
    Trim "trim" 1 Some(1), "trim(text)";
    Concat "concat" 1 None, "concat(value, value, ...)";
    StartsWith "starts_with" 2 Some(2), "starts_with(text, prefix)";
    EndsWith "ends_with" 2 Some(2), "ends_with(text, suffix)";
    Substr "substr" 2 Some(3), "substr(text, start, length?)";
    Text "text" 1 Some(1), "text(value)";
    Number "number" 1 Some(1), "number(value)";
    Round "round" 1 Some(2), "round(number, digits?)";
    Floor "floor" 1 Some(1), "floor(number)";
    Ceil "ceil" 1 Some(1), "ceil(number)";
    Abs "abs" 1 Some(1), "abs(number)";
    Int "int" 1 Some(1), "int(number)";
    Min "min" 1 None, "min(value, value, ...) or min(repeat, expression)";
    Max "max" 1 None, "max(value, value, ...) or max(repeat, expression)";
    Today "today" 0 Some(0), "today()";
    Now "now" 0 Some(0), "now()";
    YearsBetween "years_between" 2 Some(2), "years_between(from, to)";
    Age "age" 1 Some(1), "age(date_of_birth)";
    DaysBetween "days_between" 2 Some(2), "days_between(from, to)";
    AddDays "add_days" 2 Some(2), "add_days(date, days)";
    Year "year" 1 Some(1), "year(date)";
    Month "month" 1 Some(1), "month(date)";
    Day "day" 1 Some(1), "day(date)";
    Date "date" 1 Some(1), "date(text)";
    Time "time" 1 Some(1), "time(text)";
    DateTime "datetime" 1 Some(1), "datetime(text)";
    Selected "selected" 2 Some(2), "selected(choices, name)";
    CountSelected "count_selected" 1 Some(1), "count_selected(choices)";
    Count "count" 1 Some(2), "count(repeat, condition?)";
    Sum "sum" 2 Some(2), "sum(repeat, expression)";
    Avg "avg" 2 Some(2), "avg(repeat, expression)";
    Any "any" 2 Some(2), "any(repeat, condition)";
    All "all" 2 Some(2), "all(repeat, condition)";
}

/// Other spellings designers may know from XLSForm or spreadsheets, for "did you mean".
const ALIASES: &[(&str, &str)] = &[
    ("string_length", "length"),
    ("strlen", "length"),
    ("len", "length"),
    ("substring", "substr"),
    ("mid", "substr"),
    ("count_select", "count_selected"),
    ("countselected", "count_selected"),
    ("average", "avg"),
    ("mean", "avg"),
    ("string", "text"),
    ("str", "text"),
    ("to_number", "number"),
    ("iif", "if"),
    ("ifnull", "coalesce"),
    ("isnull", "answered"),
    ("startswith", "starts_with"),
    ("endswith", "ends_with"),
    ("tolower", "lower"),
    ("toupper", "upper"),
    ("date_diff", "days_between"),
];

/// Every built-in function, in the order of the documentation.
pub fn functions() -> &'static [FunctionInfo] {
    FUNCTIONS
}

/// The function called `name`, if any.
pub(crate) fn lookup(name: &str) -> Option<&'static FunctionInfo> {
    FUNCTIONS.iter().find(|info| info.name == name)
}

/// A known function to suggest for an unknown `name`.
pub(crate) fn suggest(name: &str) -> Option<String> {
    if let Some((_, function)) = ALIASES.iter().find(|(alias, _)| *alias == name) {
        return Some((*function).to_owned());
    }
    super::suggest::closest(name, FUNCTIONS.iter().map(|info| info.name))
}

impl Function {
    /// Does this function always take a repeat group as its first argument?
    pub(crate) fn is_aggregate_only(self) -> bool {
        matches!(
            self,
            Function::Count | Function::Sum | Function::Avg | Function::Any | Function::All
        )
    }
}
