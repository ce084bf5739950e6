(* A field's default must be assignable to the field's type, for records and objects alike, and in
   a revelation too, where the field's procedure type is declared after it. *)
MODULE FieldDefaultType EXPORTS Main;

REVEAL Hidden = BRANDED OBJECT scale: Scale := Name END;

TYPE
  Hidden <: ROOT;
  Scale = PROCEDURE (n: INTEGER): INTEGER;
  Point = RECORD x: INTEGER := 'a' END;

PROCEDURE Name (t: TEXT): TEXT =
  BEGIN
    RETURN t
  END Name;

VAR p: Point;

BEGIN
  EVAL p
END FieldDefaultType.
