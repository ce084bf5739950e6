(* Math.floor rounds down, ceil up, rint to the nearest (ties to even); fabs drops the sign. *)
MODULE MathRounding EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Row (x: LONGREAL) =
  BEGIN
    IO.Put(Fmt.LongReal(x, Fmt.Style.Fix, 1) & ": " & Fmt.LongReal(Math.floor(x), Fmt.Style.Fix, 1) & " " & Fmt.LongReal(Math.ceil(x), Fmt.Style.Fix, 1) & " " & Fmt.LongReal(Math.rint(x), Fmt.Style.Fix, 1) & " " & Fmt.LongReal(Math.fabs(x), Fmt.Style.Fix, 1) & "\n")
  END Row;
BEGIN
  Row(2.7D0);
  Row(-2.7D0);
  Row(2.5D0);
  Row(3.5D0);
  Row(-2.5D0);
  Row(4.0D0)
END MathRounding.
