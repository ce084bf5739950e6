(* The set operators: + union, * intersection, - difference, / symmetric difference. *)
MODULE SetSymmetricDiff EXPORTS Main;
IMPORT IO;
TYPE Color = {Red, Orange, Yellow, Green, Blue}; Colors = SET OF Color;
CONST Names = ARRAY Color OF TEXT{"Red", "Orange", "Yellow", "Green", "Blue"};
PROCEDURE Show (s: Colors) =
  BEGIN
    IO.Put("{");
    FOR c := FIRST(Color) TO LAST(Color) DO IF c IN s THEN IO.Put(" " & Names[c]) END END;
    IO.Put(" }\n")
  END Show;
VAR warm := Colors{Color.Red .. Color.Yellow}; flag := Colors{Color.Red, Color.Blue};
BEGIN
  Show(warm + flag);
  Show(warm * flag);
  Show(warm - flag);
  Show(warm / flag);
  Show(Colors{})
END SetSymmetricDiff.
