(* Fmt.Pad fills to a width on the left (Align.Right) or the right (Align.Left); longer texts stay whole. *)
MODULE FmtPadAlign EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put("[" & Fmt.Pad("42", 6) & "]\n");
  IO.Put("[" & Fmt.Pad("42", 6, align := Fmt.Align.Left) & "]\n");
  IO.Put("[" & Fmt.Pad("42", 6, '*', Fmt.Align.Left) & "]\n");
  IO.Put("[" & Fmt.Pad("toolong", 3) & "]\n");
  IO.Put("[" & Fmt.Pad("", 3, '-') & "]\n");
  FOR i := 1 TO 3 DO IO.Put(Fmt.Pad(Fmt.Int(i * i * i), 4) & "\n") END
END FmtPadAlign.
