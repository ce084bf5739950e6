(* A Fmt.F specifier %[-][0][width]s pads its argument like Fmt.Pad: - aligns left, a leading 0 pads with zeros. *)
MODULE FmtFWidths EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put("[" & Fmt.F("%2s", "3") & "]\n");
  IO.Put("[" & Fmt.F("%-2s", "3") & "]\n");
  IO.Put("[" & Fmt.F("%02s", "3") & "]\n");
  IO.Put("[" & Fmt.F("%-02s", "3") & "]\n");
  IO.Put("[" & Fmt.F("%s", "%s") & "]\n");
  IO.Put("[" & Fmt.F("%s% tax", "3") & "]\n");
  IO.Put("[" & Fmt.F("%-6s|%6s", "left", "right") & "]\n")
END FmtFWidths.
