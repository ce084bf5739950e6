(* Style.Sci: sign or blank, one digit, prec decimals, then e and a signed exponent of fixed width. *)
MODULE FmtSciStyle EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put("[" & Fmt.Real(1234.5, Fmt.Style.Sci, 2) & "]\n");
  IO.Put("[" & Fmt.Real(-0.5, Fmt.Style.Sci, 1) & "]\n");
  IO.Put("[" & Fmt.LongReal(-0.00123D0, Fmt.Style.Sci, 3) & "]\n");
  IO.Put("[" & Fmt.LongReal(6.02D23, Fmt.Style.Sci, 2) & "]\n");
  IO.Put("[" & Fmt.Real(7.0, Fmt.Style.Sci, 0) & "]\n");
  IO.Put("[" & Fmt.Real(9.996, Fmt.Style.Sci, 2) & "]\n");
  IO.Put("[" & Fmt.LongReal(0.0D0, Fmt.Style.Sci, 2) & "]\n")
END FmtSciStyle.
