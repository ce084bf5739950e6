(* NEW allocates references and objects only. *)
MODULE NewNonReference EXPORTS Main;

TYPE Point = RECORD x, y: INTEGER END;

BEGIN
  EVAL NEW(Point);
END NewNonReference.
