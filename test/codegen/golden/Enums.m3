(* Enumerations: ORD, VAL, FIRST, LAST, FOR over an enumeration and CASE. *)
MODULE Enums EXPORTS Main;
IMPORT IO, Fmt;
TYPE Color = {Red, Green, Blue};
PROCEDURE Name (c: Color): TEXT =
  BEGIN
    CASE c OF
    | Color.Red => RETURN "red"
    | Color.Green => RETURN "green"
    | Color.Blue => RETURN "blue"
    END
  END Name;
BEGIN
  FOR c := FIRST(Color) TO LAST(Color) DO
    IO.Put(Fmt.Int(ORD(c)) & "=" & Name(c) & " ")
  END;
  IO.Put(Name(VAL(1, Color)) & "\n")
END Enums.
