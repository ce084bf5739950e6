(* An exception a call may raise must be handled or listed in RAISES. *)
MODULE UncoveredException EXPORTS Main;

EXCEPTION Broken;

PROCEDURE Fragile () RAISES {Broken} =
  BEGIN
    RAISE Broken;
  END Fragile;

PROCEDURE Careless () =
  BEGIN
    Fragile();
  END Careless;

BEGIN
  Careless();
END UncoveredException.
