(* An imported interface must exist on the search path. *)
MODULE MissingInterface EXPORTS Main;

IMPORT Nowhere;

BEGIN
  Nowhere.Go();
END MissingInterface.
