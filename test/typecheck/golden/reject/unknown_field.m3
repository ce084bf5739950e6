(* Selecting a field the record does not have; the hint names the closest field. *)
MODULE UnknownField EXPORTS Main;

TYPE Point = RECORD x, y: INTEGER END;

VAR p: Point;

BEGIN
  p.z := 1;
END UnknownField.
