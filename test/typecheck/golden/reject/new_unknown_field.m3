(* NEW initialises fields and methods of the object by name; the name must exist. *)
MODULE NewUnknownField EXPORTS Main;

TYPE Point = OBJECT x, y: INTEGER END;

BEGIN
  EVAL NEW(Point, x := 1, z := 2);
END NewUnknownField.
