(* Uses of a declaration marked <*OBSOLETE*> are warned about. *)
MODULE ObsoleteUse EXPORTS Main;

<*OBSOLETE*> PROCEDURE Old (): INTEGER =
  BEGIN
    RETURN 1;
  END Old;

BEGIN
  EVAL Old();
END ObsoleteUse.
