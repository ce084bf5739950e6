(* Text.Sub takes at most length characters from start; it clips at the end of the text. *)
MODULE TextSubClip EXPORTS Main;
IMPORT IO, Text;
VAR t := "abcdef";
BEGIN
  IO.Put("[" & Text.Sub(t, 2, 3) & "]\n");
  IO.Put("[" & Text.Sub(t, 4, 100) & "]\n");
  IO.Put("[" & Text.Sub(t, 6, 2) & "]\n");
  IO.Put("[" & Text.Sub(t, 10) & "]\n");
  IO.Put("[" & Text.Sub(t, 0, 0) & "]\n");
  IO.Put("[" & Text.Sub(t, 1) & "]\n")
END TextSubClip.
