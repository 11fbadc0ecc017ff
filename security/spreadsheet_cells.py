"""Text cells of CSV exports opened in a spreadsheet: a value an editor or reader wrote that
starts like a formula (= + - @, or a tab or carriage return before one) is read by Excel or
LibreOffice as a formula ("=HYPERLINK(...)" can leak cells). Such a cell gets a leading
apostrophe, which spreadsheets show as text. (OWASP: CSV injection.)"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# CSV files for people, not programs, start with a byte order mark: without it Excel reads
# UTF-8 as the local code page and Polish, Arabic or Tamil titles come out garbled.
BYTE_ORDER_MARK = "\ufeff"


def neutralise(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
