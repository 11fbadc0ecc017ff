from security.spreadsheet_cells import neutralise


def test_cells_that_a_spreadsheet_would_run_as_formulas_become_text():
    for value in ("=SUM(A1:A9)", "+44 20", "-2+3", "@cmd", "\t=1", "\r=1"):
        assert neutralise(value) == "'" + value
    for value in ("Courier fraud", "Gwe 2026", "احتيال", "", "44 = 44"):
        assert neutralise(value) == value
    assert neutralise(None) == "" and neutralise(7) == "7"
