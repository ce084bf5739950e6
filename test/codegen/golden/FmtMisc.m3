(* Fmt.Bool, Fmt.Char, Fmt.FN with an array of texts, and Fmt.Extended. *)
MODULE FmtMisc EXPORTS Main;
IMPORT IO, Fmt;
VAR parts := ARRAY [0 .. 2] OF TEXT{"x", "y", "z"};
BEGIN
  IO.Put(Fmt.Bool(FALSE) & Fmt.Char('#') & " " & Fmt.FN("%s-%s-%s", parts) & " " & Fmt.F("%s%%", "50") & " " & Fmt.Extended(0.5X0) & "\n")
END FmtMisc.
