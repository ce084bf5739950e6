(* Text.Cat joins two texts like &; the empty text is its identity. *)
MODULE TextCatEmpty EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR t := "";
BEGIN
  FOR i := 1 TO 5 DO t := Text.Cat(t, Fmt.Int(i)) END;
  IO.Put(t & "\n");
  IO.Put(Text.Cat("left", "") & "|" & Text.Cat("", "right") & "\n");
  IO.Put(Fmt.Bool(Text.Equal(Text.Cat("ab", "cd"), "ab" & "cd")) & "\n")
END TextCatEmpty.
