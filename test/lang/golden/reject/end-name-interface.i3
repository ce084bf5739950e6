INTERFACE Things;
CONST N = 1;
END Thing.
