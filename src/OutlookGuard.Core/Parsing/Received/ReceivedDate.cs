using System.Globalization;

namespace OutlookGuard.Core.Parsing.Received;

/// <summary>
/// Reads the date of a Received header from its words, tolerating what real servers write: RFC 5322
/// dates (RFC 5322 §3.3) with or without the weekday, spelled-out weekdays, month-first dates, two-digit
/// years (§4.3), named and military zones (§4.3), <c>-0000</c>, fractional seconds, US <c>m/d/yyyy</c>,
/// <c>yyyy-m-d</c>, 12-hour clocks and trailing <c>UTC</c>. One pass over at most
/// <see cref="MaxWords"/> words; a missing zone is read as UTC.
/// </summary>
internal static class ReceivedDate
{
    /// <summary>More words than any date form has; longer input is not a date.</summary>
    public const int MaxWords = 12;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>True when the word can open a date: a weekday, a month, a day number or a numeric date.</summary>
    public static bool CanStart(string word)
    {
        var w = word.AsSpan().Trim(',');
        if (w.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiLetter(w[0]))
        {
            return IsWeekday(w) || MonthOf(w) > 0;
        }

        return char.IsAsciiDigit(w[0]) && !w.Contains(':') && w.Length <= 10;
    }

    public static DateTimeOffset? Parse(ReadOnlySpan<string> words)
    {
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return null;
        }

        var month = 0;
        Span<(int Value, int Digits)> numbers = stackalloc (int, int)[2];
        var numberCount = 0;
        int year = -1, day = -1;
        int hour = -1, minute = 0, second = 0;
        long ticks = 0;
        int? pm = null;
        TimeSpan? offset = null;
        var first = true;

        foreach (var raw in words)
        {
            var w = raw.AsSpan().Trim(',');
            if (w.Length == 0)
            {
                continue;
            }

            var isFirst = first;
            first = false;
            if (hour >= 0 && offset is not null)
            {
                // A complete date and time with its zone: later words ("UTC" after "+0000") add nothing.
                break;
            }

            if (char.IsAsciiLetter(w[0]))
            {
                if (isFirst && IsWeekday(w))
                {
                    continue;
                }

                if (MonthOf(w) is var m and > 0 && month == 0 && hour < 0)
                {
                    month = m;
                }
                else if (IsAmPm(w) && hour >= 0 && pm is null)
                {
                    pm = char.ToLowerInvariant(w[0]) == 'p' ? 1 : 0;
                }
                else if (hour >= 0 && offset is null && NamedZone(w) is { } named)
                {
                    offset = named;
                }
                else
                {
                    return null;
                }
            }
            else if ((w[0] == '+' || w[0] == '-') && hour >= 0 && offset is null)
            {
                offset = NumericZone(w);
                if (offset is null)
                {
                    return null;
                }
            }
            else if (w.Contains(':'))
            {
                if (hour >= 0 || !Time(w, out hour, out minute, out second, out ticks))
                {
                    return null;
                }
            }
            else if (w.Contains('/') || w.Contains('-'))
            {
                if (year >= 0 || month > 0 || numberCount > 0 || !NumericDate(w, out year, out month, out day))
                {
                    return null;
                }
            }
            else if (Number(w) is { } n && numberCount < 2 && (hour < 0 || (month > 0 && numberCount == 1 && w.Length == 4)))
            {
                numbers[numberCount++] = (n, w.Length);
            }
            else
            {
                return null;
            }
        }

        if (year < 0)
        {
            if (month == 0 || numberCount != 2)
            {
                return null;
            }

            // "26 Mar 2018", "Apr 21 2018", "Mar 2018 26" is not written; a 4-digit number is the year.
            (day, year) = numbers[0].Digits >= 3 && numbers[1].Digits <= 2
                ? (numbers[1].Value, FullYear(numbers[0].Value, numbers[0].Digits))
                : (numbers[0].Value, FullYear(numbers[1].Value, numbers[1].Digits));
        }
        else if (numberCount > 0)
        {
            return null;
        }

        if (hour < 0)
        {
            return null;
        }

        if (pm is { } isPm)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (isPm * 12);
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second (:60) is read as :59.
        second = Math.Min(second, 59);
        var zone = offset ?? TimeSpan.Zero;
        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, zone).AddTicks(ticks);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Year 1 with a positive offset or year 9999 with a negative one falls outside the range.
            return null;
        }
    }

    private static bool IsWeekday(ReadOnlySpan<char> w)
    {
        var t = w.TrimEnd('.');
        return t.Length is >= 3 and <= 9 && AllLetters(t) && IndexOf(Weekdays, t[..3]) >= 0;
    }

    private static int MonthOf(ReadOnlySpan<char> w)
    {
        var t = w.TrimEnd('.');
        if (t.Length < 3 || t.Length > 9 || !AllLetters(t))
        {
            return 0;
        }

        return IndexOf(Months, t[..3]) + 1;
    }

    private static bool AllLetters(ReadOnlySpan<char> t)
    {
        foreach (var c in t)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(string[] names, ReadOnlySpan<char> prefix)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (prefix.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAmPm(ReadOnlySpan<char> w) =>
        w.Equals("AM", StringComparison.OrdinalIgnoreCase) || w.Equals("PM", StringComparison.OrdinalIgnoreCase);

    private static int FullYear(int value, int digits) => digits switch
    {
        <= 2 => value < 50 ? 2000 + value : 1900 + value,
        3 => 1900 + value,
        _ => value,
    };

    private static int? Number(ReadOnlySpan<char> w)
    {
        if (w.Length is 0 or > 4)
        {
            return null;
        }

        var value = 0;
        foreach (var c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool Time(ReadOnlySpan<char> w, out int hour, out int minute, out int second, out long ticks)
    {
        hour = -1;
        minute = 0;
        second = 0;
        ticks = 0;
        Span<Range> ranges = stackalloc Range[4];
        var count = w.Split(ranges, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }

        var hours = w[ranges[0]];
        var minutes = w[ranges[1]];
        var secondsText = count == 3 ? w[ranges[2]] : "0";
        var dot = secondsText.IndexOf('.');
        var fraction = dot >= 0 ? secondsText[(dot + 1)..] : [];
        if (dot >= 0)
        {
            secondsText = secondsText[..dot];
        }

        if (hours.Length is < 1 or > 2 || minutes.Length != 2 || secondsText.Length is < 1 or > 2
            || Number(hours) is not { } h || Number(minutes) is not { } m || Number(secondsText) is not { } s)
        {
            return false;
        }

        if (fraction.Length > 0)
        {
            // Up to 7 digits are ticks (100 ns); further digits (Go's nanoseconds) are dropped.
            var digits = fraction.Length > 7 ? fraction[..7] : fraction;
            if (fraction.ContainsAnyExceptInRange('0', '9') || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ticks))
            {
                return false;
            }

            for (var i = digits.Length; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        hour = h;
        minute = m;
        second = s;
        return true;
    }

    // m/d/yyyy, m-d-yyyy (US order, as Outlook and .NET write it) or yyyy-m-d (ISO order).
    private static bool NumericDate(ReadOnlySpan<char> w, out int year, out int month, out int day)
    {
        year = -1;
        month = 0;
        day = -1;
        var separator = w.Contains('/') ? '/' : '-';
        Span<Range> parts = stackalloc Range[4];
        if (w.Split(parts, separator) != 3)
        {
            return false;
        }

        var first = w[parts[0]];
        var second = w[parts[1]];
        var third = w[parts[2]];
        if (first.Length is 0 or > 4 || second.Length is 0 or > 4 || third.Length is 0 or > 4
            || Number(first) is not { } a || Number(second) is not { } b || Number(third) is not { } c)
        {
            return false;
        }

        if (first.Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if (third.Length >= 2)
        {
            (month, day, year) = (a, b, FullYear(c, third.Length));
        }
        else
        {
            return false;
        }

        return true;
    }

    private static TimeSpan? NumericZone(ReadOnlySpan<char> w)
    {
        var sign = w[0] == '-' ? -1 : 1;
        Span<char> digits = stackalloc char[4];
        var length = 0;
        foreach (var c in w[1..])
        {
            if (c == ':')
            {
                continue;
            }

            if (length == digits.Length)
            {
                return null;
            }

            digits[length++] = c;
        }

        if (length != 4 || Number(digits) is not { } hhmm)
        {
            return null;
        }

        var hours = hhmm / 100;
        var minutes = hhmm % 100;
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return null;
        }

        return sign * new TimeSpan(hours, minutes, 0);
    }

    // RFC 5322 §4.3 zones plus the unambiguous abbreviations seen in Received headers. Military letters
    // are read as -0000 ("unknown"), as §4.3 advises, which is UTC here.
    private static TimeSpan? NamedZone(ReadOnlySpan<char> w)
    {
        if (w.Length > 4)
        {
            return null;
        }

        Span<char> upper = stackalloc char[4];
        var length = w.ToUpperInvariant(upper);
        return Zone(upper[..length]);
    }

    private static TimeSpan? Zone(ReadOnlySpan<char> w) => w switch
    {
        "UT" or "UTC" or "GMT" or "Z" or "WET" => TimeSpan.Zero,
        "EDT" => TimeSpan.FromHours(-4),
        "EST" or "CDT" => TimeSpan.FromHours(-5),
        "CST" or "MDT" => TimeSpan.FromHours(-6),
        "MST" or "PDT" => TimeSpan.FromHours(-7),
        "PST" => TimeSpan.FromHours(-8),
        "BST" or "CET" or "WEST" => TimeSpan.FromHours(1),
        "CEST" or "EET" => TimeSpan.FromHours(2),
        "EEST" or "MSK" => TimeSpan.FromHours(3),
        "HKT" or "SGT" or "AWST" => TimeSpan.FromHours(8),
        "JST" or "KST" => TimeSpan.FromHours(9),
        "AEST" => TimeSpan.FromHours(10),
        "AEDT" => TimeSpan.FromHours(11),
        [var letter] when char.IsAsciiLetterUpper(letter) && letter != 'J' => TimeSpan.Zero,
        _ => null,
    };
}
