(* LONGREAL formatting styles: Fix, Sci and Auto. *)
MODULE Longreal EXPORTS Main;
IMPORT IO, Fmt;
VAR x := 1234.5678D0;
BEGIN
  IO.Put(Fmt.LongReal(x, Fmt.Style.Fix, 2) & " " & Fmt.LongReal(x, Fmt.Style.Sci, 4) & " " & Fmt.LongReal(x) & "\n");
  IO.Put(Fmt.LongReal(0.001D0) & " " & Fmt.LongReal(-2.0D0) & " " & Fmt.LongReal(1.0D20) & "\n")
END Longreal.
