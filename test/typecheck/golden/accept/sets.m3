(* Sets of an ordinal type: constructors with ranges, union "+", difference "-",
   intersection "*", symmetric difference "/", inclusion "<=" and membership IN. *)
MODULE Sets EXPORTS Main;

IMPORT IO;

TYPE
  Color = {Red, Orange, Yellow, Green, Blue, Violet};
  Palette = SET OF Color;
  Chars = SET OF CHAR;

CONST
  Warm = Palette{Color.Red .. Color.Yellow};
  Cool = Palette{Color.Green, Color.Blue, Color.Violet};
  Digits = Chars{'0' .. '9'};

VAR mix := Warm + Cool - Palette{Color.Orange};

BEGIN
  IF Color.Red IN mix AND (Warm * Cool = Palette{}) AND (Warm <= mix + Warm) AND '7' IN Digits THEN
    mix := mix / Warm;
    IO.Put("sets\n");
  END;
END Sets.
