(* Text.FromChars and Text.SetChars convert between TEXT and ARRAY OF CHAR. *)
MODULE FromChars EXPORTS Main;
IMPORT IO, Text;
VAR buf: ARRAY [0 .. 4] OF CHAR;
BEGIN
  Text.SetChars(buf, "hello world", 6);
  IO.Put(Text.FromChars(SUBARRAY(buf, 0, 5)) & "|" & Text.FromChars(buf) & "\n")
END FromChars.
