(* Text.Length counts characters; the empty text has length 0 and Text.Empty says so. *)
MODULE TextLength EXPORTS Main;
IMPORT IO, Fmt, Text;
PROCEDURE Show (t: TEXT) =
  BEGIN
    IO.Put("\"" & t & "\" " & Fmt.Int(Text.Length(t)) & " " & Fmt.Bool(Text.Empty(t)) & "\n")
  END Show;
BEGIN
  Show("");
  Show("a");
  Show("hello");
  Show("tab\there")
END TextLength.
