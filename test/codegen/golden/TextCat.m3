(* Text.Cat and & build the same text; Text.Sub clips to the end; empty texts are neutral. *)
MODULE TextCat EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR a := Text.Cat("con", "cat"); b := "con" & "cat";
BEGIN
  IO.Put(a & " " & Fmt.Bool(Text.Equal(a, b)) & " [" & Text.Sub(a, 4, 100) & "] [" & Text.Sub(a, 10) & "] " & Fmt.Int(Text.Length("" & "")) & "\n")
END TextCat.
