(* Every parameter without a default needs an argument. *)
MODULE MissingArgument EXPORTS Main;

PROCEDURE Area (width, height: INTEGER): INTEGER =
  BEGIN
    RETURN width * height;
  END Area;

BEGIN
  EVAL Area(2);
END MissingArgument.
