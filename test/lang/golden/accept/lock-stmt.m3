MODULE Locks;

VAR mu := NEW(MUTEX); shared := 0;

PROCEDURE Bump() =
  BEGIN
    LOCK mu DO
      INC(shared)
    END
  END Bump;

BEGIN
  Bump()
END Locks.
