MODULE TypeAssign;
TYPE T := INTEGER;
BEGIN
END TypeAssign.
