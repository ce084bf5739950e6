(* Style.Fix results line up in a table when right-aligned with Fmt.Pad. *)
MODULE FmtTable EXPORTS Main;
IMPORT IO, Fmt;
VAR prices := ARRAY [0 .. 3] OF LONGREAL{3.5D0, 12.25D0, 0.99D0, 105.0D0}; total := 0.0D0;
BEGIN
  FOR i := FIRST(prices) TO LAST(prices) DO
    IO.Put(Fmt.Pad(Fmt.LongReal(prices[i], Fmt.Style.Fix, 2), 8) & "\n");
    total := total + prices[i]
  END;
  IO.Put("--------\n" & Fmt.Pad(Fmt.LongReal(total, Fmt.Style.Fix, 2), 8) & "\n")
END FmtTable.
