(* Fmt.Int in several bases, Fmt.Unsigned, Fmt.Pad. *)
MODULE FmtInt EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(255, 16) & " " & Fmt.Int(255, 2) & " " & Fmt.Int(-255, 8) & "\n");
  IO.Put(Fmt.Unsigned(255) & " " & Fmt.Unsigned(-1) & "\n");
  IO.Put("[" & Fmt.Pad("7", 3) & "] [" & Fmt.Pad("7", 3, '0') & "] [" & Fmt.Pad("abc", 5, '.', Fmt.Align.Left) & "]\n");
  IO.Put(Fmt.F("%s + %s = %s%%\n", "1", "2", "3"))
END FmtInt.
